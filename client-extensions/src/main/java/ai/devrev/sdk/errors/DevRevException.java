package ai.devrev.sdk.errors;

/**
 * The one type to catch for anything the DevRev client throws. Unchecked, like the rest of the
 * hierarchy, so callers catch only what they can handle: {@link DevRevApiException} for answers DevRev
 * gave, {@link DevRevIoException} for the network, {@link DevRevDecodingException} for bodies that are
 * not what the contract says.
 */
public class DevRevException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DevRevException(String message) {
    super(message);
  }

  public DevRevException(String message, Throwable cause) {
    super(message, cause);
  }
}
