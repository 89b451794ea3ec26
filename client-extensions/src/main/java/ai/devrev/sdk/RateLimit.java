package ai.devrev.sdk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Headers;

/**
 * DevRev's rate-limit headers on a response: the units of the current window ({@code X-RateLimit-Limit}),
 * what is left of them ({@code X-RateLimit-Remaining}) and when the window resets
 * ({@code X-RateLimit-Reset}, seconds since the Unix epoch). Limits apply to all requests of one user
 * together; a caller that paces itself by {@link #remaining()} avoids the 429 altogether. A header that is
 * absent or not a number reads as empty.
 */
public final class RateLimit {
  private static final RateLimit NONE = new RateLimit(null, null, null);
  private final Long limit;
  private final Long remaining;
  private final Instant resetAt;

  private RateLimit(Long limit, Long remaining, Instant resetAt) {
    this.limit = limit;
    this.remaining = remaining;
    this.resetAt = resetAt;
  }

  static RateLimit of(Headers headers) {
    Long limit = number(headers.get("X-RateLimit-Limit"));
    Long remaining = number(headers.get("X-RateLimit-Remaining"));
    Long reset = number(headers.get("X-RateLimit-Reset"));
    if (limit == null && remaining == null && reset == null) {
      return NONE;
    }
    return new RateLimit(limit, remaining, reset == null ? null : Instant.ofEpochSecond(Math.min(reset, Instant.MAX.getEpochSecond())));
  }

  private static Long number(String value) {
    if (value == null) {
      return null;
    }
    try {
      long parsed = Long.parseLong(value.strip());
      return parsed < 0 ? null : parsed;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** {@return the units a window allows ({@code X-RateLimit-Limit})} */
  public OptionalLong limit() {
    return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  /** {@return the units left in the current window ({@code X-RateLimit-Remaining})} */
  public OptionalLong remaining() {
    return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
  }

  /** {@return when the current window resets ({@code X-RateLimit-Reset})} */
  public Optional<Instant> resetAt() {
    return Optional.ofNullable(resetAt);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RateLimit)) {
      return false;
    }
    RateLimit that = (RateLimit) other;
    return Objects.equals(limit, that.limit) && Objects.equals(remaining, that.remaining) && Objects.equals(resetAt, that.resetAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, remaining, resetAt);
  }

  @Override
  public String toString() {
    return "RateLimit{limit=" + limit + ", remaining=" + remaining + ", resetAt=" + resetAt + "}";
  }
}
