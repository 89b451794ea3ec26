package ai.devrev.sdk;

/**
 * The {@link TokenProvider} failed, or gave a token that cannot go in an HTTP header (empty, or with
 * spaces or control characters). Nothing was sent. The cause is the provider's own exception, if any;
 * the message never shows the token.
 */
public final class TokenProviderException extends DevRevException {
  private static final long serialVersionUID = 1L;

  TokenProviderException(String message, Throwable cause) {
    super(message + " (the request was not sent)", cause, false);
  }
}
