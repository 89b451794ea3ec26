package ai.devrev.sdk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Standard output and error, with every secret it was told about replaced by {@value #REDACTED}: a last
 * line of defence, should a server or a library ever echo the token into a message we print.
 */
final class Console {
  static final String REDACTED = "██";
  /** Shorter strings are not redacted: replacing every "ab" would garble the output, and real tokens are long. */
  private static final int MIN_SECRET_LENGTH = 8;
  private final PrintWriter out;
  private final PrintWriter err;
  private final List<String> secrets = new CopyOnWriteArrayList<>();

  Console(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** From now on, never print {@code secret}. */
  void redact(String secret) {
    if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
      secrets.add(secret);
    }
  }

  /** A line of the result (stdout). */
  void out(String text) {
    out.println(clean(text));
    out.flush();
  }

  /** A line of diagnostics (stderr). */
  void err(String text) {
    err.println(clean(text));
    err.flush();
  }

  /** For picocli's help and usage messages. */
  PrintWriter outWriter() {
    return out;
  }

  /** For picocli's usage errors. */
  PrintWriter errWriter() {
    return err;
  }

  private String clean(String text) {
    String cleaned = text;
    for (String secret : secrets) {
      cleaned = cleaned.replace(secret, REDACTED);
    }
    return cleaned;
  }
}
