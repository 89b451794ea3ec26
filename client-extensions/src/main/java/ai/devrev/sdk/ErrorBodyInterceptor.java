package ai.devrev.sdk;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads an error response's body inside the call, at most {@link ErrorDecoder#BODY_LIMIT} bytes, and
 * hands on that excerpt. Retrofit would otherwise buffer an error body whole (an endless one never
 * ends), and a body that fails mid-read (cut short, lying about gzip, too slow) would hide the status
 * behind an I/O error, when the status alone says what happened.
 */
final class ErrorBodyInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.isSuccessful()) {
      return response;
    }
    ResponseBody body = response.body();
    return response.newBuilder().body(ResponseBody.create(readBounded(body), body.contentType())).build();
  }

  /** At most {@link ErrorDecoder#BODY_LIMIT} bytes of {@code body}, which is closed; what arrived before a failure is kept. */
  static byte[] readBounded(ResponseBody body) {
    Buffer excerpt = new Buffer();
    try (ResponseBody closing = body) {
      BufferedSource source = closing.source();
      while (excerpt.size() < ErrorDecoder.BODY_LIMIT
          && source.read(excerpt, ErrorDecoder.BODY_LIMIT - excerpt.size()) != -1) {
        // Keep reading until the limit or the end.
      }
    } catch (IOException | RuntimeException unreadableRest) {
      // What arrived is kept; the status still decides the exception.
    }
    return excerpt.readByteArray();
  }
}
