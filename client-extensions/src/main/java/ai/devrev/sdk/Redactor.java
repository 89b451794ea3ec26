package ai.devrev.sdk;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Makes what the client renders (log lines, exception messages, body excerpts, {@code toString()})
 * safe to show: the client's own tokens are replaced by {@value #REDACTED} wherever a server echoed them,
 * secret headers are masked, and control characters, which could forge log lines or drive a terminal,
 * are escaped. The tokens are those the client sent recently; shorter than {@value #MIN_TOKEN_LENGTH}
 * characters they are too short to find safely in free text and are left (real tokens are far longer).
 */
final class Redactor {
  static final String REDACTED = "██";
  static final String REQUEST_ID = "x-request-id";
  static final int MIN_TOKEN_LENGTH = 8;
  static final int EXCERPT_CHARS = 500;
  private static final int REMEMBERED = 4;
  private volatile String[] tokens = new String[0];

  /** Notes a token the client sends, so it is found in what servers send back. */
  void remember(String token) {
    String[] known = tokens;
    if (token.length() < MIN_TOKEN_LENGTH || (known.length > 0 && known[0].equals(token))) {
      return;
    }
    synchronized (this) {
      known = tokens;
      for (String seen : known) {
        if (seen.equals(token)) {
          return;
        }
      }
      String[] updated = new String[Math.min(known.length + 1, REMEMBERED)];
      updated[0] = token;
      System.arraycopy(known, 0, updated, 1, updated.length - 1);
      tokens = updated;
    }
  }

  /** {@code text} without the client's tokens; {@code null} stays {@code null}. */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String token : tokens) {
      if (result.contains(token)) {
        result = result.replace(token, REDACTED);
      }
    }
    return result;
  }

  /** {@code text} without tokens and with control characters escaped: safe in a message or a log line. */
  String safe(String text) {
    return printable(redact(text));
  }

  /** The start of a body, at most {@value #EXCERPT_CHARS} characters on one line, safe to show. */
  String excerpt(byte[] bytes) {
    int window = Math.min(bytes.length, EXCERPT_CHARS * 4);
    String safe = safe(new String(bytes, 0, window, StandardCharsets.UTF_8).replaceAll("[\\r\\n\\t ]+", " ").strip());
    int codePoints = safe.codePointCount(0, safe.length());
    if (codePoints <= EXCERPT_CHARS && window == bytes.length) {
      return safe;
    }
    return safe.substring(0, safe.offsetByCodePoints(0, Math.min(EXCERPT_CHARS, codePoints))) + "…";
  }

  /** A header's value as a log line may show it (the line is made {@link #safe} as a whole). */
  String headerValue(String name, String value) {
    return isSecretHeader(name) ? REDACTED : value;
  }

  static boolean isSecretHeader(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "authorization":
      case "proxy-authorization":
      case "cookie":
      case "set-cookie":
      case "x-api-key":
      case "api-key":
        return true;
      default:
        return false;
    }
  }

  /**
   * Escapes control characters ({@code \r}, {@code \n}, {@code \t}, others as {@code \}{@code uXXXX}) and
   * bidirectional overrides, so server text cannot start a new log line or move a terminal's cursor.
   */
  static String printable(String text) {
    if (text == null) {
      return null;
    }
    int first = firstUnprintable(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unprintable(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static int firstUnprintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unprintable(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean unprintable(char c) {
    return Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }
}
