package ai.devrev.sdk;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The one place response bodies are read, inside the call (so the call's timeout bounds it) and with a
 * bound on what is kept in memory, counted after any gzip is undone. A success body is read whole up to
 * the client's limit; past it, or when it breaks off, the call fails with a {@link Failure} that keeps
 * the status, headers and what arrived, so the caller still learns the conversation was created. An
 * error body is read up to {@value #ERROR_LIMIT} bytes and what arrived is kept even when the rest
 * fails: the status alone says what happened.
 */
final class ResponseBodies implements Interceptor {
  static final long ERROR_LIMIT = 256 * 1024;
  /** Of a body past the limit, the start is kept: enough to find the conversation's id. */
  private static final long KEPT_WHEN_TOO_LARGE = 64 * 1024;
  private final long successLimit;

  ResponseBodies(long successLimit) {
    this.successLimit = successLimit;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    MediaType type = body.contentType();
    Buffer read = new Buffer();
    if (!response.isSuccessful()) {
      readAtMost(body, read, ERROR_LIMIT, false);
      return response.newBuilder().body(ResponseBody.create(read, type, read.size())).build();
    }
    long declared = body.contentLength();
    if (declared > successLimit) {
      closeQuietly(body);
      throw new Failure(response.code(), response.headers(), new byte[0],
          "the body is " + declared + " bytes, more than the limit of " + successLimit, null);
    }
    IOException broken = readAtMost(body, read, successLimit + 1, true);
    if (broken != null) {
      throw new Failure(response.code(), response.headers(), read.readByteArray(), "the body broke off: " + broken, broken);
    }
    if (read.size() > successLimit) {
      throw new Failure(response.code(), response.headers(), read.readByteArray(Math.min(read.size(), KEPT_WHEN_TOO_LARGE)),
          "the body is larger than the limit of " + successLimit + " bytes", null);
    }
    return response.newBuilder().body(ResponseBody.create(read, type, read.size())).build();
  }

  /** Reads into {@code sink} until the end or {@code limit} bytes; returns what stopped it early, if anything. */
  private static IOException readAtMost(ResponseBody body, Buffer sink, long limit, boolean report) {
    try {
      BufferedSource source = body.source();
      while (sink.size() < limit && source.read(sink, limit - sink.size()) != -1) {
        // Keep reading until the limit or the end.
      }
      return null;
    } catch (IOException | RuntimeException broken) {
      // A lying Content-Length or gzip header surfaces as a RuntimeException from OkHttp's sources.
      return report ? (broken instanceof IOException ? (IOException) broken : new IOException(broken.toString(), broken)) : null;
    } finally {
      closeQuietly(body);
    }
  }

  private static void closeQuietly(ResponseBody body) {
    try {
      body.close();
    } catch (RuntimeException ignored) {
      // A body whose source is broken may fail to close; the connection is discarded either way.
    }
  }

  /** A success body that could not be read whole: what arrived, and why it stopped. */
  static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient Headers headers;
    final byte[] arrived;

    Failure(int status, Headers headers, byte[] arrived, String message, Throwable cause) {
      super(message, cause);
      this.status = status;
      this.headers = headers;
      this.arrived = arrived;
    }
  }
}
