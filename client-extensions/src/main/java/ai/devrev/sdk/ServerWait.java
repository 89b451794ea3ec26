package ai.devrev.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;

/**
 * How long a 429 or 503 asks the client to wait, read once per answer: {@code Retry-After} (seconds,
 * possibly fractional, or an HTTP date); for a 429 without it, the body's {@code retry_after}, else the
 * time until {@code X-RateLimit-Reset}. {@code null} when the answer names no wait.
 */
final class ServerWait {
  private ServerWait() {}

  static Duration of(int status, Headers headers, Long bodyRetryAfterSeconds, Clock clock) {
    Duration header = retryAfter(headers.get("Retry-After"), clock);
    if (header != null || status != 429) {
      return header;
    }
    if (bodyRetryAfterSeconds != null && bodyRetryAfterSeconds >= 0) {
      return Duration.ofSeconds(bodyRetryAfterSeconds);
    }
    Instant reset = RateLimit.of(headers).resetAt().orElse(null);
    if (reset == null) {
      return null;
    }
    Duration untilReset = Duration.between(clock.instant(), reset);
    return untilReset.isNegative() ? Duration.ZERO : untilReset;
  }

  static Duration retryAfter(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      double seconds = Double.parseDouble(text);
      if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
        return null;
      }
      return seconds >= Long.MAX_VALUE / 1000.0 ? Duration.ofSeconds(Long.MAX_VALUE / 1000) : Duration.ofMillis((long) Math.ceil(seconds * 1000));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
