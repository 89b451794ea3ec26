package ai.devrev.sdk;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Knows whether an attempt got as far as writing the request. OkHttp runs network interceptors only
 * once a connection is open, right before the request is written, so a failure before this mark means
 * DevRev never saw the request and it is safe to send again.
 */
final class SendTracker {
  private volatile boolean sent;

  boolean sent() {
    return sent;
  }

  /** The network interceptor that marks each attempt's tracker. */
  static final class Mark implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      SendTracker tracker = chain.request().tag(SendTracker.class);
      if (tracker != null) {
        tracker.sent = true;
      }
      return chain.proceed(chain.request());
    }
  }

  /** An I/O failure of an attempt that never reached the server. */
  static final class NotSentException extends IOException {
    private static final long serialVersionUID = 1L;

    NotSentException(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
