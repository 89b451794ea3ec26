package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Async failures of every kind end in the future, never as an uncaught exception on one of OkHttp's threads. */
class UncaughtFailuresTest extends TestServer {
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private Thread.UncaughtExceptionHandler previous;

  @BeforeEach
  void watch() {
    previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure));
  }

  @AfterEach
  void unwatch() {
    Thread.setDefaultUncaughtExceptionHandler(previous);
  }

  @Test
  void nothingEscapesToOkHttpsThreads() throws Exception {
    server.enqueue(json(201, "not json"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(429, "{\"retry_after\":\"soon\"}"));
    server.enqueue(new MockResponse.Builder(json(201, CREATED)).onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    try (DevRevClient client = clientBuilder().maxRetries(0)
        .logLevel(LogLevel.BODY).logSink(line -> {
          throw new IllegalStateException("a sink that fails");
        }).build()) {
      for (int i = 0; i < 4; i++) {
        CompletableFuture<?> future = client.conversations().createAsync(ConversationsCreateRequest.builder().build());
        future.handle((result, failure) -> failure).get(5, TimeUnit.SECONDS);
        assertThat(future).isCompletedExceptionally();
      }
    }
    TimeUnit.MILLISECONDS.sleep(100);
    assertThat(uncaught).isEmpty();
  }
}
