package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * DevRev's rate-limit headers on every answer, and a real 429 once the window's requests are used up:
 * {@code Retry-After} (seconds) and {@code X-RateLimit-Reset} (epoch seconds) agree with each other and
 * with the body's {@code retry_after}.
 */
class RateLimitTest {
  private static final Instant NOW = Instant.parse("2024-01-24T10:00:00Z");
  private static final String MINIMAL = "{\"type\":\"support\"}";

  @Test
  void everyAnswerCarriesTheRateLimitHeaders() {
    try (DevRevSimulator simulator = DevRevSimulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .rateLimit(10, Duration.ofMinutes(5)).start()) {
      Http.Reply created = Http.post(simulator, MINIMAL);
      Http.Reply refused = Http.post(simulator, "{}");
      Http.Reply unauthenticated = Http.send(simulator, MINIMAL);

      assertThat(created.longHeader("X-RateLimit-Limit")).isEqualTo(10);
      assertThat(created.longHeader("X-RateLimit-Remaining")).isEqualTo(9);
      assertThat(created.longHeader("X-RateLimit-Reset")).isEqualTo(NOW.getEpochSecond() + 300);
      assertThat(refused.longHeader("X-RateLimit-Remaining")).isEqualTo(8);
      assertThat(unauthenticated.status).isEqualTo(401);
      assertThat(unauthenticated.longHeader("X-RateLimit-Remaining")).isEqualTo(8);
    }
  }

  @Test
  void byDefaultTheLimitNeverThrottlesATest() {
    try (DevRevSimulator simulator = DevRevSimulator.start()) {
      for (int i = 0; i < 20; i++) {
        assertThat(Http.post(simulator, MINIMAL).status).isEqualTo(201);
      }
      assertThat(Http.post(simulator, MINIMAL).longHeader("X-RateLimit-Limit")).isEqualTo(Integer.MAX_VALUE);
    }
  }

  @Test
  void overTheLimitARequestGets429WithConsistentRetryAfterAndReset() {
    try (DevRevSimulator simulator = DevRevSimulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .rateLimit(2, Duration.ofSeconds(60)).start()) {
      Http.post(simulator, MINIMAL);
      Http.post(simulator, MINIMAL);

      Http.Reply throttled = Http.post(simulator, MINIMAL);

      assertThat(throttled.status).isEqualTo(429);
      assertThat(throttled.body.get("type").asText()).isEqualTo("too_many_requests");
      assertThat(throttled.retryAfter).isEqualTo("60");
      assertThat(throttled.body.get("retry_after").asLong()).isEqualTo(60);
      assertThat(throttled.longHeader("X-RateLimit-Remaining")).isZero();
      assertThat(throttled.longHeader("X-RateLimit-Reset")).isEqualTo(NOW.getEpochSecond() + 60);
      assertThat(simulator.lastExchange().responseProblems()).isEmpty();
    }
  }

  @Test
  void aForced429CarriesHeadersThatAgreeWithItsBody() {
    try (DevRevSimulator simulator = DevRevSimulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).start()) {
      simulator.enqueue(SimulatedError.TOO_MANY_REQUESTS);

      Http.Reply throttled = Http.post(simulator, MINIMAL);

      long seconds = throttled.body.get("retry_after").asLong();
      assertThat(throttled.retryAfter).isEqualTo(String.valueOf(seconds));
      assertThat(throttled.longHeader("X-RateLimit-Remaining")).isZero();
      assertThat(throttled.longHeader("X-RateLimit-Reset")).isEqualTo(NOW.getEpochSecond() + seconds);
    }
  }

  /** The one test of the window against the real clock: it ends when Retry-After said, bounded to about three seconds. */
  @Test
  void afterRetryAfterSecondsTheWindowHasReset() throws InterruptedException {
    try (DevRevSimulator simulator = DevRevSimulator.builder().rateLimit(1, Duration.ofSeconds(2)).start()) {
      assertThat(Http.post(simulator, MINIMAL).status).isEqualTo(201);
      Http.Reply throttled = Http.post(simulator, MINIMAL);
      assertThat(throttled.status).isEqualTo(429);
      long reset = throttled.longHeader("X-RateLimit-Reset");
      assertThat(Long.parseLong(throttled.retryAfter)).isBetween(1L, 3L);
      assertThat(reset - Instant.now().getEpochSecond()).isBetween(0L, 3L);

      long waitMillis = reset * 1000 - System.currentTimeMillis();
      Thread.sleep(Math.max(0, waitMillis) + 50);

      assertThat(Http.post(simulator, MINIMAL).status).isEqualTo(201);
    }
  }

  @Test
  void aResetOverHttpStartsANewWindow() {
    try (DevRevSimulator simulator = DevRevSimulator.builder().rateLimit(1, Duration.ofMinutes(5)).start()) {
      Http.post(simulator, MINIMAL);
      assertThat(Http.post(simulator, MINIMAL).status).isEqualTo(429);

      assertThat(Http.raw(simulator, DevRevSimulator.RESET_PATH, new byte[0]).status).isEqualTo(204);

      assertThat(Http.post(simulator, MINIMAL).status).isEqualTo(201);
      assertThat(Http.raw(simulator, "/conversations.create", MINIMAL.getBytes(StandardCharsets.UTF_8),
          "Authorization", Http.TOKEN, "Content-Type", "application/json").status).isEqualTo(429);
    }
  }
}
