package ai.devrev.sdk;

/** Checks tokens without ever putting one in a message. */
final class Tokens {
  private Tokens() {}

  static String requireValid(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("The DevRev token is missing or blank");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        // Saying which character would start to reveal the token.
        throw new IllegalArgumentException("The DevRev token contains a character not allowed in an HTTP header");
      }
    }
    return token;
  }
}
