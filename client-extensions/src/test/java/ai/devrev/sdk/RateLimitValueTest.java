package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The rate-limit headers as a value. */
class RateLimitValueTest {
  @Test
  void readsEachHeaderOnItsOwn() {
    RateLimit onlyRemaining = RateLimit.of(Headers.of("X-RateLimit-Remaining", "7"));
    assertThat(onlyRemaining.remaining()).hasValue(7);
    assertThat(onlyRemaining.limit()).isEmpty();
    assertThat(onlyRemaining.resetAt()).isEmpty();
    assertThat(RateLimit.of(Headers.of("X-RateLimit-Reset", "1700000000")).resetAt()).contains(Instant.ofEpochSecond(1_700_000_000));
    assertThat(RateLimit.of(Headers.of("X-RateLimit-Limit", " 100 ")).limit()).hasValue(100);
  }

  @Test
  void isAValue() {
    RateLimit a = RateLimit.of(Headers.of("X-RateLimit-Limit", "10", "X-RateLimit-Remaining", "3"));
    RateLimit b = RateLimit.of(Headers.of("X-RateLimit-Remaining", "3", "X-RateLimit-Limit", "10"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(RateLimit.of(Headers.of("X-RateLimit-Limit", "10")));
    assertThat(a.toString()).contains("limit=10").contains("remaining=3");
    assertThat(RateLimit.of(Headers.of())).isEqualTo(RateLimit.of(Headers.of("X-RateLimit-Limit", "many")));
  }
}
