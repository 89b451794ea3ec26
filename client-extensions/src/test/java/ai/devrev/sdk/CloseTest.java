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

/** After {@code close()} nothing is sent, every call fails at once saying so, and no thread of the client lives on. */
class CloseTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().title("Hi").build();

  @Test
  void everyCallAfterCloseFailsAtOnceWithNothingSent() {
    server.enqueue(created());
    DevRevClient client = clientBuilder().build();
    client.conversations().create(REQUEST);
    client.close();
    ClientClosedException sync = catchThrowableOfType(ClientClosedException.class, () -> client.conversations().create(REQUEST));
    assertThat(sync.mayHaveReachedServer()).isFalse();
    assertThat(sync.getMessage()).contains("not sent");
    CompletableFuture<?> async = client.conversations().createAsync(REQUEST);
    assertThat(async).isCompletedExceptionally();
    assertThat(catchThrowableOfType(CompletionException.class, async::join).getCause()).isInstanceOf(ClientClosedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void closeStopsTheClientsThreadsBeforeItReturns() throws Exception {
    for (int i = 0; i < 8; i++) {
      server.enqueue(created());
    }
    DevRevClient client = clientBuilder().build();
    CompletableFuture<?>[] futures = new CompletableFuture<?>[8];
    for (int i = 0; i < futures.length; i++) {
      futures[i] = client.conversations().createAsync(REQUEST);
    }
    CompletableFuture.allOf(futures).get(10, TimeUnit.SECONDS);
    assertThat(clientThreads()).as("async calls ran on the client's threads").isPositive();
    client.close();
    assertThat(clientThreads()).isZero();
  }

  @Test
  void closeCancelsCallsInFlight() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    DevRevClient client = clientBuilder().timeout(Duration.ofSeconds(30)).build();
    CompletableFuture<?> inFlight = client.conversations().createAsync(REQUEST);
    take();
    client.close();
    inFlight.exceptionally(failure -> null).get(5, TimeUnit.SECONDS);
    Throwable failure = catchThrowableOfType(CompletionException.class, inFlight::join).getCause();
    assertThat(failure).isInstanceOf(DevRevIoException.class);
    assertThat(((DevRevIoException) failure).mayHaveReachedServer()).as("the server had read it").isTrue();
  }

  @Test
  void closingTwiceIsHarmless() {
    DevRevClient client = clientBuilder().build();
    client.close();
    client.close();
    assertThat(catchThrowableOfType(ClientClosedException.class, () -> client.conversations().create(REQUEST))).isNotNull();
  }

  private static long clientThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.isAlive() && thread.getName().startsWith("DevRev client")).count();
  }
}
