package ai.devrev.sdk;

import java.io.IOException;
import java.net.ProtocolException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Holds every hop, redirects included, to the rule the base URL is checked against: plain http only to
 * this machine. A loopback server's redirect to plain http elsewhere would otherwise carry the
 * conversation's content across a network unencrypted. Runs before the request is written.
 */
final class PlainHttpGuard implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    HttpUrl url = chain.request().url();
    if (!url.isHttps() && !BaseUrls.isLoopback(url.host())) {
      throw new ProtocolException("Refusing to send the request over plain http to " + url.host()
          + " (a redirect from " + chain.call().request().url().host() + "): use https");
    }
    return chain.proceed(chain.request());
  }
}
