package ai.devrev.sdk;

/**
 * The {@link DevRevClient} was closed before this call could start, or while it waited to be sent.
 * Nothing was sent.
 */
public final class ClientClosedException extends DevRevException {
  private static final long serialVersionUID = 1L;

  ClientClosedException() {
    super("The DevRev client is closed (the request was not sent)", null, false);
  }
}
