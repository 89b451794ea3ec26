package ai.devrev.sdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Logs each attempt at the configured {@link LogLevel}. Credentials never reach a log line:
 * {@code Authorization} (and cookies) are redacted at every level, and bodies are logged only at
 * {@link LogLevel#BODY}, cut after a few kilobytes.
 */
final class LoggingInterceptor implements Interceptor {
  static final String REDACTED = "██";
  private static final long BODY_LIMIT = 4096;
  private final LogLevel level;
  private final Consumer<String> sink;

  LoggingInterceptor(LogLevel level, Consumer<String> sink) {
    this.level = level;
    this.sink = sink;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == LogLevel.NONE) {
      return chain.proceed(request);
    }
    sink.accept("--> " + request.method() + " " + request.url());
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      logHeaders(request.headers());
    }
    if (level == LogLevel.BODY && request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      sink.accept(excerpt(buffer));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      sink.accept("<-- FAILED " + e.getClass().getSimpleName() + ": " + e.getMessage());
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    sink.accept("<-- " + response.code() + " " + request.url() + " (" + millis + " ms)");
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      logHeaders(response.headers());
    }
    if (level == LogLevel.BODY) {
      Buffer peeked = new Buffer();
      peeked.write(response.peekBody(BODY_LIMIT + 1).bytes());
      sink.accept(excerpt(peeked));
    }
    return response;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      sink.accept(name + ": " + (isSecret(name) ? REDACTED : headers.value(i)));
    }
  }

  static boolean isSecret(String header) {
    String name = header.toLowerCase(Locale.ROOT);
    return name.equals("authorization") || name.equals("proxy-authorization") || name.equals("cookie")
        || name.equals("set-cookie");
  }

  private static String excerpt(Buffer body) throws IOException {
    long size = body.size();
    String text = body.readString(Math.min(size, BODY_LIMIT), StandardCharsets.UTF_8);
    return size > BODY_LIMIT ? text + "… (" + size + "+ bytes)" : text;
  }
}
