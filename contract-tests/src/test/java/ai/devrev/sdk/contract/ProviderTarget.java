package ai.devrev.sdk.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Optional;

/**
 * Where the provider verification sends the pact's requests: the simulator by default, or the deployment
 * named by {@code -Dpact.provider.url=… -Dpact.provider.token=…}.
 */
final class ProviderTarget {
  static final String URL_PROPERTY = "pact.provider.url";
  static final String TOKEN_PROPERTY = "pact.provider.token";

  private ProviderTarget() {}

  /** The real deployment's URL, when one was given. */
  static Optional<URL> deployment() {
    String url = System.getProperty(URL_PROPERTY, "").trim();
    if (url.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URL(url));
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(URL_PROPERTY + " is not a URL: " + url, e);
    }
  }

  /** The token to send to the real deployment; required with {@value #URL_PROPERTY}. */
  static String token() {
    String token = System.getProperty(TOKEN_PROPERTY, "").trim();
    if (token.isEmpty()) {
      throw new IllegalStateException(URL_PROPERTY + " needs " + TOKEN_PROPERTY + " (a DevRev token for that deployment)");
    }
    return token;
  }

  /** The simulator on this machine. */
  static HttpTestTarget local(int port) {
    return new HttpTestTarget("localhost", port, "/", ProviderTarget::withoutRetries);
  }

  /** A deployment, by URL (port 443 or 80 when the URL names none). */
  static HttpTestTarget of(URL url) {
    String path = url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
    if ("https".equals(url.getProtocol())) {
      return new HttpsTestTarget(url.getHost(), url.getPort() == -1 ? 443 : url.getPort(), path, false,
          ProviderTarget::withoutRetries);
    }
    return new HttpTestTarget(url.getHost(), url.getPort() == -1 ? 80 : url.getPort(), path, ProviderTarget::withoutRetries);
  }

  /**
   * Pact's default HTTP client (Apache HttpClient 5) retries a 429 or 503 after its {@code Retry-After},
   * so the verifier would see the retry's answer, not the one the pact describes: one request each.
   */
  private static IHttpClientFactory withoutRetries() {
    return provider -> HttpClients.custom().disableAutomaticRetries().disableRedirectHandling().build();
  }
}
