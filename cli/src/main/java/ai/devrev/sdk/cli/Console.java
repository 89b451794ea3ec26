package ai.devrev.sdk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Standard output and error, with every secret it was told about replaced by {@value #REDACTED} (a last
 * line of defence, should a server or a library ever echo the token into a message we print) and every
 * control character but newline and tab escaped, so nothing a server sent can move the cursor, clear
 * the screen or retitle the terminal.
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
    String cleaned = String.valueOf(text);
    for (String secret : secrets) {
      cleaned = cleaned.replace(secret, REDACTED);
    }
    return escapeControls(cleaned);
  }

  /** ESC, CR, the other C0 and C1 controls and bidirectional overrides written as escapes; newline and tab stay. */
  static String escapeControls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (Character.isISOControl(c) && c != '\n' && c != '\t')
          || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        out.append(control ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }
}
