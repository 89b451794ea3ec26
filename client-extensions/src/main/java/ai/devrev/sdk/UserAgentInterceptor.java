package ai.devrev.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names the library and its version in {@code User-Agent}, so DevRev can tell clients apart. */
final class UserAgentInterceptor implements Interceptor {
  static final String VALUE = "devrev-java/" + version() + " (Java " + System.getProperty("java.version") + ")";

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", VALUE).build());
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = UserAgentInterceptor.class.getResourceAsStream("devrev-client.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException ignored) {
      // Fall through to "unknown": a missing version must not stop the client.
    }
    return properties.getProperty("version", "unknown");
  }
}
