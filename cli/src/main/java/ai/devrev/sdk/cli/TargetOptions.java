package ai.devrev.sdk.cli;

import ai.devrev.sdk.LogLevel;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Where the request goes and how: base URL, token file, retries, timeout, how much of the exchange to
 * show on stderr and what to print on stdout.
 */
final class TargetOptions {
  @Option(names = "--base-url", paramLabel = "URL", order = 30,
      description = "Where to send (default: $DEVREV_BASE_URL, else https://api.devrev.ai/ when there is a token,"
          + " else the local simulator). https, or http to localhost only; needs a token.")
  String baseUrl;

  @Option(names = "--token-file", paramLabel = "PATH", order = 31,
      description = "File holding the DevRev token (default: $DEVREV_TOKEN). The token is never printed.")
  Path tokenFile;

  @Option(names = "--retries", paramLabel = "N", order = 32,
      description = "Retries of what is safe to retry (429, 503, failures before sending); default 2, 0 disables.")
  Integer retries;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, order = 33,
      description = "Limit for the whole call, retries included: 30s, 500ms, 2m, PT30S; default 2m.")
  Duration timeout;

  @Option(names = {"-v", "--verbose"}, order = 34,
      description = "Show the HTTP exchange on stderr, token redacted: headers; -vv adds the bodies.")
  boolean[] verbose = new boolean[0];

  @Option(names = {"-o", "--output"}, paramLabel = "json|summary", defaultValue = "json", order = 35,
      description = "What stdout holds: the conversation as JSON (default) or a short summary.")
  Output output = Output.JSON;

  /** {@code -v} shows headers, {@code -vv} bodies too; the client redacts {@code Authorization} at every level. */
  LogLevel logLevel() {
    switch (verbose.length) {
      case 0:
        return LogLevel.NONE;
      case 1:
        return LogLevel.HEADERS;
      default:
        return LogLevel.BODY;
    }
  }
}
