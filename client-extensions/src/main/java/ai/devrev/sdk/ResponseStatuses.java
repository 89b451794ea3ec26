package ai.devrev.sdk;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Remembers the status of each call's final response. Retrofit reports a 2xx body that does not decode
 * as a bare exception; the status it came with belongs in {@code DevRevDecodingException}. Keyed by the
 * call's original request (identity), held weakly, so a forgotten entry goes with its call. Only a
 * status other than {@link #EXPECTED} is recorded; {@link #take} answers {@code EXPECTED} otherwise.
 */
final class ResponseStatuses implements Interceptor {
  /** What {@code create} answers; not recorded, so the common call costs nothing here. */
  static final int EXPECTED = 201;
  private final Map<Request, Integer> statuses = Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != EXPECTED) {
      statuses.put(chain.request(), response.code());
    }
    return response;
  }

  /** The final status of the call that began with {@code request}. */
  int take(Request request) {
    Integer status = statuses.remove(request);
    return status == null ? EXPECTED : status;
  }
}
