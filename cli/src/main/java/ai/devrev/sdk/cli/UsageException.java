package ai.devrev.sdk.cli;

/**
 * The command cannot run as given (invalid {@code --json}, no token for {@code --base-url}, an unreadable
 * token file): reported as a usage error, exit code 2, before anything is sent.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
