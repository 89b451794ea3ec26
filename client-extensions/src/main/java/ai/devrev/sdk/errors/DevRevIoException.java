package ai.devrev.sdk.errors;

import java.io.IOException;

/**
 * The request failed on the network. {@link #mayHaveReachedServer()} tells whether DevRev may have
 * acted on it: a {@code create} that may have reached the server must not be sent again blindly, since
 * that could create the conversation twice.
 */
public final class DevRevIoException extends DevRevException {
  private static final long serialVersionUID = 1L;
  private final boolean mayHaveReachedServer;

  public DevRevIoException(String message, IOException cause, boolean mayHaveReachedServer) {
    super(message + (mayHaveReachedServer
        ? " (the request may have reached DevRev: check before sending it again)"
        : " (the request was not sent)"), cause);
    this.mayHaveReachedServer = mayHaveReachedServer;
  }

  /** {@code false} only when the request certainly never left this machine. */
  public boolean mayHaveReachedServer() {
    return mayHaveReachedServer;
  }
}
