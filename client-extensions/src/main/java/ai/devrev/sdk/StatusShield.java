package ai.devrev.sdk;

import java.io.IOException;
import java.net.Proxy;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from acting on statuses that are this client's to decide: OkHttp sends a request again
 * on a 503 with {@code Retry-After: 0} (a second create the caller did not ask for, even with retries
 * off) and turns a 407 from a server that is not a proxy into a protocol error. The network half hides
 * those statuses from OkHttp's follow-up logic; the application half, innermost, restores them. The
 * real status travels in a tag of the call, which no server can forge.
 */
final class StatusShield {
  /** Not a status DevRev sends; only ever seen between the two halves. */
  static final int HIDDEN = 599;

  private StatusShield() {}

  /** The status hidden in the current attempt, if any. */
  static final class Hidden {
    volatile int status;
  }

  static final class Hide implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      boolean direct = chain.connection() == null
          || chain.connection().route().proxy().type() == Proxy.Type.DIRECT;
      if (response.code() == 503 || (response.code() == 407 && direct)) {
        chain.call().tag(Hidden.class, Hidden::new).status = response.code();
        return response.newBuilder().code(HIDDEN).build();
      }
      return response;
    }
  }

  static final class Restore implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      Hidden hidden = chain.call().tag(Hidden.class);
      if (response.code() != HIDDEN || hidden == null || hidden.status == 0) {
        return response;
      }
      int status = hidden.status;
      hidden.status = 0;
      return response.newBuilder().code(status).build();
    }
  }
}
