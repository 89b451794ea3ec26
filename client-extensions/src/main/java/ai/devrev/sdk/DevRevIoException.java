package ai.devrev.sdk;

import java.io.IOException;

/**
 * The request failed on the network or ran out of time. {@link #mayHaveReachedServer()} tells whether
 * DevRev may have acted on it: a {@code create} that may have reached the server must not be sent again
 * blindly, since that could create the conversation twice.
 */
public final class DevRevIoException extends DevRevException {
  private static final long serialVersionUID = 1L;

  DevRevIoException(String message, IOException cause, boolean mayHaveReachedServer) {
    super(message + (mayHaveReachedServer
        ? " (the request may have reached DevRev: check before sending it again)"
        : " (the request was not sent)"), cause, mayHaveReachedServer);
  }
}
