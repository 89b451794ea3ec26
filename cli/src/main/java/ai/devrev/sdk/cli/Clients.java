package ai.devrev.sdk.cli;

import ai.devrev.sdk.DevRevClient;

/** Builds the {@link DevRevClient} for a {@link Target} from the flags; a setting the client refuses is a usage error. */
final class Clients {
  private Clients() {}

  /** Checks what can be checked before a simulator starts or a client is built. */
  static void check(TargetOptions options) {
    if (options.retries != null && options.retries < 0) {
      throw new UsageException("--retries must be 0 or more, not " + options.retries);
    }
  }

  static DevRevClient build(Target target, TargetOptions options, Console console) {
    check(options);
    try {
      DevRevClient.Builder builder = DevRevClient.builder()
          .baseUrl(target.baseUrl())
          .token(target.token())
          .logLevel(options.logLevel())
          .logSink(console::err);
      if (options.retries != null) {
        builder.maxRetries(options.retries);
      }
      if (options.timeout != null) {
        builder.timeout(options.timeout);
      }
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The client's messages name the URL or the rule broken, never the token.
      throw new UsageException(e.getMessage());
    }
  }
}
