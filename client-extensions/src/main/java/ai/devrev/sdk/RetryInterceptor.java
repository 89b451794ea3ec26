package ai.devrev.sdk;

import ai.devrev.sdk.model.ErrorTooManyRequests;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries what is safe to retry and nothing else. A {@code create} is not idempotent, so only answers
 * that say DevRev did not act (429, 503) and failures before the request was written are retried; a 500,
 * a timeout while waiting for the answer or a connection lost after sending are not, since the
 * conversation may exist already. Waits honour {@code Retry-After} (header, else the body's
 * {@code retry_after}); a wait beyond the cap is not slept but handed back as the response.
 */
final class RetryInterceptor implements Interceptor {
  private static final long PEEK_LIMIT = 64 * 1024;
  private final int maxRetries;
  private final Duration maxWait;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final Clock clock;
  private final JsonAdapter<ErrorTooManyRequests> tooManyRequests;

  RetryInterceptor(int maxRetries, Duration maxWait, Backoff backoff, Sleeper sleeper, Clock clock,
      JsonAdapter<ErrorTooManyRequests> tooManyRequests) {
    this.maxRetries = maxRetries;
    this.maxWait = maxWait;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.clock = clock;
    this.tooManyRequests = tooManyRequests;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int retry = 1; ; retry++) {
      SendTracker tracker = new SendTracker();
      Response response;
      try {
        response = chain.proceed(request.newBuilder().tag(SendTracker.class, tracker).build());
      } catch (IOException e) {
        if (tracker.sent()) {
          throw e;
        }
        if (retry > maxRetries || chain.call().isCanceled()) {
          throw new SendTracker.NotSentException(e);
        }
        sleep(backoff.before(retry));
        continue;
      }
      if (response.code() != 429 && response.code() != 503) {
        return response;
      }
      Duration wait = serverWait(response).orElse(null);
      if (retry > maxRetries || (wait != null && wait.compareTo(maxWait) > 0)) {
        return response; // the error decoder reads the same wait into the exception
      }
      response.close();
      sleep(wait != null ? wait : backoff.before(retry));
    }
  }

  private Optional<Duration> serverWait(Response response) {
    Optional<Duration> header = RetryAfter.parse(response.header("Retry-After"), clock);
    if (header.isPresent() || response.code() != 429) {
      return header;
    }
    try {
      ErrorTooManyRequests body = tooManyRequests.fromJson(response.peekBody(PEEK_LIMIT).source());
      return body == null ? Optional.empty() : body.retryAfter().filter(s -> s >= 0).map(Duration::ofSeconds);
    } catch (IOException | RuntimeException notJson) {
      return Optional.empty();
    }
  }

  private void sleep(Duration duration) throws IOException {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting to retry");
    }
  }
}
