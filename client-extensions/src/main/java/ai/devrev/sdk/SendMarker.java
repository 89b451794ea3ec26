package ai.devrev.sdk;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The line after which DevRev may have seen the request. OkHttp runs network interceptors once a
 * connection is open, right before the request is written; whatever fails from here on is wrapped in
 * {@link MayHaveReachedServer}, and a failure without that wrapper happened before the request left
 * this machine (a refused connection, a name that did not resolve, a stale connection retired first).
 */
final class SendMarker implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      return chain.proceed(chain.request());
    } catch (IOException | RuntimeException e) {
      throw new MayHaveReachedServer(e);
    }
  }

  /** A failure of an attempt whose request may have reached the server. */
  static final class MayHaveReachedServer extends IOException {
    private static final long serialVersionUID = 1L;

    MayHaveReachedServer(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }
}
