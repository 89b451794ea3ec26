package ai.devrev.sdk.cli;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.simulator.DevRevSimulator;
import java.util.Optional;

/**
 * Where this command's request goes: DevRev (or {@code --base-url}) with the user's token, or, with no
 * token and no base URL, a simulator started in-process, so the command works before anyone has a token.
 * Closing it stops that simulator.
 */
final class Target implements AutoCloseable {
  static final String BASE_URL_ENV = "DEVREV_BASE_URL";
  /** The in-process simulator accepts any token; this one is no secret. */
  private static final String SIMULATOR_TOKEN = "local-simulator";

  private final String baseUrl;
  private final String token;
  private final DevRevSimulator simulator;

  private Target(String baseUrl, String token, DevRevSimulator simulator) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.simulator = simulator;
  }

  /** The URL as it may be shown: a user name or password in it is dropped (the client refuses them anyway). */
  static String withoutUserInfo(String url) {
    return url.replaceFirst("(?<=://)[^/?#]*@", "");
  }

  static Target open(TargetOptions options, CliContext context) {
    String baseUrl = options.baseUrl != null ? options.baseUrl : context.env(BASE_URL_ENV);
    Optional<String> token = TokenSource.find(options.tokenFile, context);
    if (token.isPresent()) {
      context.console().redact(token.get());
      return new Target(baseUrl != null ? baseUrl : DevRevClient.DEFAULT_BASE_URL, token.get(), null);
    }
    if (baseUrl != null) {
      throw new UsageException(withoutUserInfo(baseUrl) + " needs a token: set " + TokenSource.ENV
          + " or use --token-file (leave out --base-url and " + BASE_URL_ENV + " to use the local simulator)");
    }
    DevRevSimulator simulator = context.simulators().get();
    context.console().err("No " + TokenSource.ENV + " or --token-file: using a local DevRev simulator at "
        + simulator.baseUrl() + " (nothing reaches DevRev)");
    return new Target(simulator.baseUrl(), SIMULATOR_TOKEN, simulator);
  }

  String baseUrl() {
    return baseUrl;
  }

  String token() {
    return token;
  }

  @Override
  public void close() {
    if (simulator != null) {
      simulator.close();
    }
  }

  @Override
  public String toString() {
    return "Target{baseUrl=" + baseUrl + ", simulator=" + (simulator != null) + "}";
  }
}
