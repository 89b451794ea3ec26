package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole-call timeout bounds everything, counted from the moment the call is made: waits for a
 * slot, attempts and retry waits. With the real clock and real sleeps, each case bounded to seconds.
 */
class TimeBudgetTest {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().title("Hi").build();
  private static final String TOKEN = "devrev-secret-token-12345";
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DevRevClient.Builder realTime() {
    return DevRevClient.builder().baseUrl(server.url("/").toString()).token(TOKEN);
  }

  private static MockResponse tooMany(String header, String value, String body) {
    MockResponse.Builder response = new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json").body(body);
    return (header == null ? response : response.addHeader(header, value)).build();
  }

  @Test
  void aRetryAfterLongerThanWhatIsLeftIsThrownAtOnce() {
    assertThrownAtOnce(tooMany("Retry-After", "10", "{\"type\":\"too_many_requests\"}"), Duration.ofSeconds(10));
  }

  @Test
  void aRetryAfterDateBeyondTheTimeoutIsThrownAtOnce() {
    String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(12));
    RateLimitedException e = assertThrownAtOnce(tooMany("Retry-After", inTenSeconds, "{\"type\":\"too_many_requests\"}"), null);
    assertThat(e.retryAfter().orElseThrow()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(12));
  }

  @Test
  void theBodysRetryAfterBeyondTheTimeoutIsThrownAtOnce() {
    assertThrownAtOnce(tooMany(null, null, "{\"type\":\"too_many_requests\",\"retry_after\":10}"), Duration.ofSeconds(10));
  }

  @Test
  void aRateLimitResetBeyondTheTimeoutIsThrownAtOnce() {
    long reset = System.currentTimeMillis() / 1000 + 20;
    RateLimitedException e = assertThrownAtOnce(
        tooMany("X-RateLimit-Reset", Long.toString(reset), "{\"type\":\"too_many_requests\"}"), null);
    assertThat(e.retryAfter().orElseThrow()).isBetween(Duration.ofSeconds(18), Duration.ofSeconds(20));
    assertThat(e.rateLimit().resetAt()).isPresent();
  }

  @Test
  void aServiceUnavailableWaitBeyondTheTimeoutIsThrownAtOnce() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "10").body("{\"type\":\"service_unavailable\"}").build());
    long start = System.nanoTime();
    try (DevRevClient client = realTime().timeout(Duration.ofSeconds(3)).build()) {
      ServiceUnavailableException e = catchThrowableOfType(ServiceUnavailableException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(10));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private RateLimitedException assertThrownAtOnce(MockResponse answer, Duration expectedWait) {
    server.enqueue(answer);
    server.enqueue(new MockResponse.Builder().code(201).body(TestServer.CREATED).build());
    long start = System.nanoTime();
    RateLimitedException e;
    try (DevRevClient client = realTime().timeout(Duration.ofSeconds(3)).build()) {
      e = catchThrowableOfType(RateLimitedException.class, () -> client.conversations().create(REQUEST));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not slept").isLessThan(Duration.ofSeconds(2));
    assertThat(e).isNotNull();
    if (expectedWait != null) {
      assertThat(e.retryAfter()).contains(expectedWait);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    return e;
  }

  @Test
  void aWaitThatFitsIsSleptForReal() {
    server.enqueue(tooMany("Retry-After", "0.3", "{\"type\":\"too_many_requests\"}"));
    server.enqueue(new MockResponse.Builder().code(201).body(TestServer.CREATED).build());
    long start = System.nanoTime();
    try (DevRevClient client = realTime().timeout(Duration.ofSeconds(3)).build()) {
      assertThat(client.conversations().create(REQUEST).id()).endsWith("conversation/1");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void everyAsyncCallEndsWithinItsTimeoutHoweverManyWait() throws Exception {
    for (int i = 0; i < 20; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    }
    List<CompletableFuture<?>> futures = new ArrayList<>();
    long start = System.nanoTime();
    List<Long> ends = new ArrayList<>();
    try (DevRevClient client = realTime().maxConcurrentRequests(5).build()) {
      RequestOptions oneSecond = RequestOptions.builder().timeout(Duration.ofSeconds(1)).build();
      for (int i = 0; i < 20; i++) {
        futures.add(client.conversations().createAsync(REQUEST, oneSecond)
            .whenComplete((result, failure) -> {
              synchronized (ends) {
                ends.add(System.nanoTime() - start);
              }
            }));
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).exceptionally(failure -> null)
          .get(5, TimeUnit.SECONDS); // a timeout, not a hang
      int notSent = 0;
      for (CompletableFuture<?> future : futures) {
        Throwable failure = catchThrowableOfType(CompletionException.class, future::join).getCause();
        assertThat(failure).isInstanceOf(DevRevIoException.class);
        notSent += ((DevRevIoException) failure).mayHaveReachedServer() ? 0 : 1;
      }
      assertThat(notSent).as("those that waited for a slot were never sent").isEqualTo(15);
    }
    assertThat(ends).hasSize(20).allSatisfy(nanos -> assertThat(Duration.ofNanos(nanos)).isLessThan(Duration.ofMillis(1600)));
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(5);
  }

  @Test
  void aBlockingCallWaitingForASlotEndsWithinItsTimeoutWithNothingSent() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    try (DevRevClient client = realTime().maxConcurrentRequests(1).build()) {
      CompletableFuture<?> holder = client.conversations().createAsync(REQUEST,
          RequestOptions.builder().timeout(Duration.ofSeconds(3)).build());
      TimeUnit.MILLISECONDS.sleep(200);
      long start = System.nanoTime();
      DevRevIoException e = catchThrowableOfType(DevRevIoException.class, () -> client.conversations().create(REQUEST,
          RequestOptions.builder().timeout(Duration.ofMillis(500)).build()));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450), Duration.ofMillis(1500));
      assertThat(e.mayHaveReachedServer()).isFalse();
      assertThat(e.getMessage()).contains("slot");
      holder.cancel(true);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSilentServerTimesOutTheBlockingCallAndItMayHaveBeenSent() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    long start = System.nanoTime();
    try (DevRevClient client = realTime().timeout(Duration.ofMillis(700)).build()) {
      DevRevIoException e = catchThrowableOfType(DevRevIoException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.mayHaveReachedServer()).isTrue();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(650), Duration.ofMillis(1700));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
