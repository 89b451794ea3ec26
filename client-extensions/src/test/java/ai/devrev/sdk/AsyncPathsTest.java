package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** The async path makes the same decisions as the blocking one: retries, waits, stale connections, deadlines. */
class AsyncPathsTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().title("Async").build();

  @Test
  void retriesARateLimitAfterItsWaitWithoutHoldingAThread() throws Exception {
    server.enqueue(new MockResponse.Builder(json(429, "{\"type\":\"too_many_requests\"}")).addHeader("Retry-After", "2").build());
    server.enqueue(json(503, "{\"type\":\"service_unavailable\"}"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      assertThat(client.conversations().createAsync(REQUEST).get(10, TimeUnit.SECONDS).id()).endsWith("conversation/1");
    }
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(1000));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void givesUpAtTheRetryLimit() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{\"type\":\"service_unavailable\"}"));
    }
    try (DevRevClient client = clientBuilder().maxRetries(1).build()) {
      CompletableFuture<?> future = client.conversations().createAsync(REQUEST);
      future.exceptionally(failure -> null).get(10, TimeUnit.SECONDS);
      assertThat(catchThrowableOfType(CompletionException.class, future::join).getCause())
          .isInstanceOf(ServiceUnavailableException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aStaleConnectionIsSkippedOnTheAsyncPathToo() throws Exception {
    server.enqueue(new MockResponse.Builder(created()).onResponseEnd(new SocketEffect.CloseSocket()).build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().maxRetries(0).build()) {
      client.conversations().createAsync(REQUEST).get(5, TimeUnit.SECONDS);
      TimeUnit.MILLISECONDS.sleep(200); // the server's FIN arrives, as between two user calls
      client.conversations().createAsync(REQUEST).get(5, TimeUnit.SECONDS);
    }
    take();
    assertThat(take().getConnectionIndex()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCallWaitingInLineEndsAtItsDeadlineWithNothingSent() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    try (DevRevClient client = DevRevClient.builder().baseUrl(server.url("/").toString()).token(TOKEN)
        .maxConcurrentRequests(1).build()) {
      CompletableFuture<?> holder = client.conversations().createAsync(REQUEST, RequestOptions.builder().timeout(Duration.ofSeconds(5)).build());
      take();
      long start = System.nanoTime();
      CompletableFuture<?> waiting = client.conversations().createAsync(REQUEST, RequestOptions.builder().timeout(Duration.ofMillis(400)).build());
      waiting.exceptionally(failure -> null).get(5, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(350), Duration.ofMillis(1500));
      Throwable failure = catchThrowableOfType(CompletionException.class, waiting::join).getCause();
      assertThat(failure).isInstanceOf(DevRevIoException.class);
      assertThat(((DevRevIoException) failure).mayHaveReachedServer()).isFalse();
      holder.cancel(true);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().maxConcurrentRequests(1).build()) {
      CompletableFuture<?> stalled = client.conversations().createAsync(REQUEST);
      take();
      stalled.cancel(true);
      // The slot is free again at once: the next call is not stuck behind the cancelled one.
      assertThat(client.conversations().create(REQUEST, RequestOptions.builder().timeout(Duration.ofSeconds(3)).build()).id())
          .endsWith("conversation/1");
    }
  }
}
