package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** DevRev's rate-limit headers, typed, and the wait they imply when a 429 names none. */
class RateLimitTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().build();
  private static final long RESET = NOW.getEpochSecond() + 7;

  private static MockResponse.Builder limited(MockResponse.Builder response) {
    return response.addHeader("X-RateLimit-Limit", "1000").addHeader("X-RateLimit-Remaining", "0")
        .addHeader("X-RateLimit-Reset", Long.toString(RESET));
  }

  @Test
  void successExposesTheWindow() {
    server.enqueue(new MockResponse.Builder(created()).addHeader("X-RateLimit-Limit", "1000")
        .addHeader("X-RateLimit-Remaining", "41").addHeader("X-RateLimit-Reset", Long.toString(RESET)).build());
    try (DevRevClient client = clientBuilder().build()) {
      RateLimit limit = client.conversations().createRaw(REQUEST).rateLimit();
      assertThat(limit.limit()).hasValue(1000);
      assertThat(limit.remaining()).hasValue(41);
      assertThat(limit.resetAt()).contains(NOW.plusSeconds(7));
    }
  }

  @Test
  void aTooManyRequestsWithoutRetryAfterWaitsUntilTheReset() {
    server.enqueue(limited(new MockResponse.Builder(json(429, "{\"type\":\"too_many_requests\"}"))).build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(REQUEST);
    }
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterWinsOverTheReset() {
    server.enqueue(limited(new MockResponse.Builder(json(429, "{\"type\":\"too_many_requests\"}")).addHeader("Retry-After", "2")).build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(REQUEST);
    }
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void aResetBeyondTheCapIsThrownWithTheWindow() {
    server.enqueue(limited(new MockResponse.Builder(json(429, "{\"type\":\"too_many_requests\"}"))).build());
    try (DevRevClient client = clientBuilder().maxRetryWait(Duration.ofSeconds(5)).build()) {
      RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
      assertThat(e.rateLimit().remaining()).hasValue(0);
      assertThat(e.rateLimit().limit()).hasValue(1000);
    }
    assertThat(sleeps).isEmpty();
  }

  @Test
  void unreadableHeadersReadAsEmpty() {
    server.enqueue(new MockResponse.Builder(created()).addHeader("X-RateLimit-Limit", "lots")
        .addHeader("X-RateLimit-Remaining", "-3").build());
    try (DevRevClient client = clientBuilder().build()) {
      RateLimit limit = client.conversations().createRaw(REQUEST).rateLimit();
      assertThat(limit.limit()).isEmpty();
      assertThat(limit.remaining()).isEmpty();
      assertThat(limit.resetAt()).isEmpty();
    }
  }
}
