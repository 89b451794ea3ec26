package ai.devrev.sdk.errors;

/**
 * DevRev answered with success, but the body does not match the contract (malformed JSON, a wrong type,
 * a missing required field). The message names the JSON path. The conversation was most likely created.
 */
public final class DevRevDecodingException extends DevRevException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;

  public DevRevDecodingException(int statusCode, String message, Throwable cause) {
    super("HTTP " + statusCode + " body could not be decoded: " + message, cause);
    this.statusCode = statusCode;
  }

  /** The (successful) HTTP status whose body could not be decoded. */
  public int statusCode() {
    return statusCode;
  }
}
