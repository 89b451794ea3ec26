package ai.devrev.sdk;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows the redirects a {@code POST} may follow, and no others, deciding from the URL alone before any
 * name is resolved or connection opened. Only 307 and 308 keep the method and body, so only they are
 * followed, at most {@value #MAX_REDIRECTS} in a row; a 301, 302 or 303 would turn the create into a
 * {@code GET} and is handed back as the answer (the server may have acted already, as in
 * post-redirect-get). A redirect is not followed from https to plain http, nor over plain http to a host
 * that is not this machine. OkHttp's own redirect following is off; {@link AuthInterceptor} keeps the
 * token to the base URL's origin on every hop.
 */
final class RedirectInterceptor implements Interceptor {
  static final int MAX_REDIRECTS = 5;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    for (int hops = 0; isRedirect(response.code()); hops++) {
      String refused = refusal(request.url(), response, hops);
      if (refused != null) {
        Request noted = response.request().newBuilder().tag(Refused.class, new Refused(refused)).build();
        return response.newBuilder().request(noted).build();
      }
      HttpUrl target = request.url().resolve(response.header("Location"));
      response.close();
      request = request.newBuilder().url(target).build();
      response = chain.proceed(request);
    }
    return response;
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  /** Why the redirect in {@code response} is not followed, or {@code null} to follow it. */
  static String refusal(HttpUrl from, Response response, int hopsSoFar) {
    String location = response.header("Location");
    HttpUrl target = location == null ? null : from.resolve(location);
    if (response.code() != 307 && response.code() != 308) {
      return "a " + response.code() + " would turn the POST into a GET";
    }
    if (target == null) {
      return "its Location is missing or not an http(s) URL";
    }
    if (!target.username().isEmpty() || !target.password().isEmpty()) {
      return "its Location carries a user name or password";
    }
    if (hopsSoFar >= MAX_REDIRECTS) {
      return "more than " + MAX_REDIRECTS + " redirects in a row";
    }
    if (from.isHttps() && !target.isHttps()) {
      return "it leads from https to plain http";
    }
    if (!target.isHttps() && !BaseUrls.isLoopback(target.host())) {
      return "it leads over plain http to a host that is not this machine";
    }
    return null;
  }

  /** Why a redirect was handed back instead of followed; travels as a tag no server can forge. */
  static final class Refused {
    final String reason;

    Refused(String reason) {
      this.reason = reason;
    }
  }
}
