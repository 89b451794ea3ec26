package ai.devrev.sdk.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * DevRev's rate limit: a number of requests in a window that starts with the first request and resets
 * when it ends, reported on every answer as {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and
 * {@code X-RateLimit-Reset} (the window's end, in seconds since the epoch); a request over the limit gets
 * 429 with {@code Retry-After}, the seconds from now to that end.
 *
 * <p>One window for the simulator: DevRev counts each user's requests together, and a simulator serves
 * one user's tests.
 */
final class RateLimit {
  static final String LIMIT = "X-RateLimit-Limit";
  static final String REMAINING = "X-RateLimit-Remaining";
  static final String RESET = "X-RateLimit-Reset";
  static final String RETRY_AFTER = "Retry-After";

  private final long limit;
  private final Duration window;
  private final Clock clock;
  private Instant windowEnd;
  private long used;

  RateLimit(long limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Counts one request: empty when it is within the limit, else the seconds to wait. */
  synchronized OptionalLong take() {
    Instant now = roll();
    if (used >= limit) {
      return OptionalLong.of(retryAfter(now));
    }
    used++;
    return OptionalLong.empty();
  }

  /** The headers every answer carries, for the window as it is now. */
  synchronized Map<String, String> headers() {
    Instant now = roll();
    return headers(Math.max(0, limit - used), windowEnd == null ? now.plus(window) : windowEnd);
  }

  /** The headers of a 429 that asks for {@code seconds} of patience: nothing left until then. */
  Map<String, String> exhausted(long seconds) {
    Instant now = clock.instant();
    Map<String, String> headers = headers(0, Instant.ofEpochSecond(now.getEpochSecond() + seconds));
    headers.put(RETRY_AFTER, String.valueOf(seconds));
    return headers;
  }

  synchronized void reset() {
    windowEnd = null;
    used = 0;
  }

  private Instant roll() {
    Instant now = clock.instant();
    if (windowEnd == null || !now.isBefore(windowEnd)) {
      windowEnd = now.plus(window);
      used = 0;
    }
    return now;
  }

  /** Whole seconds from now to the window's end, at least one: what {@code Retry-After} says. */
  private long retryAfter(Instant now) {
    return Math.max(1, resetSecond(windowEnd) - now.getEpochSecond());
  }

  private Map<String, String> headers(long remaining, Instant end) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(LIMIT, String.valueOf(limit));
    headers.put(REMAINING, String.valueOf(remaining));
    headers.put(RESET, String.valueOf(resetSecond(end)));
    return headers;
  }

  /** The window's end rounded up to a whole second, so that waiting until then is never too early. */
  private static long resetSecond(Instant end) {
    return end.getNano() == 0 ? end.getEpochSecond() : end.getEpochSecond() + 1;
  }
}
