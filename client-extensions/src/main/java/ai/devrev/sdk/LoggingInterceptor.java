package ai.devrev.sdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Logs each attempt at the configured {@link LogLevel}. What it writes is made safe by {@link Redactor}:
 * secret headers are masked at every level, the client's token is removed wherever a server echoed it,
 * and control characters are escaped so a server cannot forge log lines. Bodies are logged only at
 * {@link LogLevel#BODY}, cut after a few kilobytes. A sink that throws loses that line, never the call.
 * Not in the chain at {@link LogLevel#NONE}.
 */
final class LoggingInterceptor implements Interceptor {
  private static final long BODY_LIMIT = 4096;
  private final LogLevel level;
  private final Consumer<String> sink;
  private final Redactor redactor;

  LoggingInterceptor(LogLevel level, Consumer<String> sink, Redactor redactor) {
    this.level = level;
    this.sink = sink;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    log("--> " + request.method() + " " + request.url());
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      logHeaders(request.headers());
    }
    if (level == LogLevel.BODY && request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      log(excerpt(buffer));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      Throwable shown = e instanceof SendMarker.MayHaveReachedServer && e.getCause() != null ? e.getCause() : e;
      log("<-- FAILED " + shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage()));
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    log("<-- " + response.code() + " " + response.request().url() + " (" + millis + " ms)");
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      logHeaders(response.headers());
    }
    if (level == LogLevel.BODY) {
      Buffer peeked = new Buffer();
      peeked.write(response.peekBody(BODY_LIMIT + 1).bytes());
      log(excerpt(peeked));
    }
    return response;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      log(name + ": " + redactor.headerValue(name, headers.value(i)));
    }
  }

  private void log(String line) {
    try {
      sink.accept(redactor.safe(line));
    } catch (RuntimeException lost) {
      // Logging must never change the outcome of a create.
    }
  }

  private static String excerpt(Buffer body) throws IOException {
    long size = body.size();
    String text = body.readString(Math.min(size, BODY_LIMIT), StandardCharsets.UTF_8);
    return size > BODY_LIMIT ? text + "… (" + size + "+ bytes)" : text;
  }
}
