package ai.devrev.sdk;

/**
 * The one type to catch for anything the DevRev client throws. Unchecked, like the rest of the
 * hierarchy, so callers catch only what they can handle: {@link DevRevApiException} for answers DevRev
 * gave, {@link DevRevIoException} for the network, {@link DevRevDecodingException} for success bodies
 * that are not what the contract says, {@link TokenProviderException} and {@link ClientClosedException}
 * for calls that never left this machine.
 *
 * <p>{@link #mayHaveReachedServer()} answers the question a caller of a non-idempotent {@code create}
 * has: could DevRev have seen this request? When it is {@code false}, sending it again cannot create a
 * second conversation.
 */
public class DevRevException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Whether DevRev may have seen the request. */
  private final boolean mayHaveReachedServer;

  DevRevException(String message, Throwable cause, boolean mayHaveReachedServer) {
    super(message, cause);
    this.mayHaveReachedServer = mayHaveReachedServer;
  }

  /**
   * {@code false} only when the request certainly never reached DevRev (nothing was sent, or the
   * connection was closed before the server could read it); {@code true} for every answer DevRev gave.
   *
   * @return whether it may have
   */
  public boolean mayHaveReachedServer() {
    return mayHaveReachedServer;
  }
}
