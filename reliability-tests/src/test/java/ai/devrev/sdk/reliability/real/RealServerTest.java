package ai.devrev.sdk.reliability.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.DevRevDecodingException;
import ai.devrev.sdk.DevRevIoException;
import ai.devrev.sdk.RateLimitedException;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.reliability.real.RawHttpServer.Answer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The client against a raw-socket server that closes idle connections and sends what real servers
 * send, on the real clock: a create the server never read goes out once on a fresh connection; one it
 * may have read is never repeated; malformed answers end in the client's documented exceptions.
 */
class RealServerTest {
  static final String CREATED = "{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/1\","
      + "\"display_id\":\"CONV-1\",\"members\":[]}}";
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private static DevRevClient client(RawHttpServer server) {
    return DevRevClient.builder().baseUrl(server.baseUrl()).token("raw-server-token-123").build();
  }

  private static ConversationsCreateRequest request(int i) {
    return ConversationsCreateRequest.builder().title("call " + i).build();
  }

  @Test
  void callsSpacedPastTheServersIdleTimeoutAllSucceedWithOneRequestEach() throws Exception {
    try (RawHttpServer server = new RawHttpServer(ONE_SECOND, (index, request) -> Answer.json(201, CREATED));
        DevRevClient client = client(server)) {
      for (int i = 0; i < 4; i++) {
        if (i > 0) {
          TimeUnit.MILLISECONDS.sleep(1500);
        }
        assertThat(client.conversations().create(request(i)).id()).endsWith("conversation/1");
      }
      assertThat(server.requests()).as("one request per create").isEqualTo(4);
      assertThat(server.connections()).as("each create after an idle close on a new connection").isEqualTo(4);
    }
  }

  @Test
  void theServersKeepAliveHeaderRetiresConnectionsBeforeItClosesThem() throws Exception {
    try (RawHttpServer server = new RawHttpServer(ONE_SECOND,
        (index, request) -> Answer.json(201, CREATED, "Keep-Alive: timeout=1"));
        DevRevClient client = client(server)) {
      client.conversations().create(request(0));
      TimeUnit.MILLISECONDS.sleep(700);
      client.conversations().create(request(1));
      assertThat(server.requests()).isEqualTo(2);
      assertThat(server.connections()).isEqualTo(2);
    }
  }

  @Test
  void aServerThatReadsTheRequestThenClosesGetsItOnceAndTheCallerIsTold() throws Exception {
    try (RawHttpServer server = new RawHttpServer(Duration.ofSeconds(30),
        (index, request) -> index == 0 ? Answer.json(201, CREATED) : Answer.closeWithoutAnswer());
        DevRevClient client = client(server)) {
      client.conversations().create(request(0));
      DevRevIoException reused = catchThrowableOfType(DevRevIoException.class, () -> client.conversations().create(request(1)));
      assertThat(reused.mayHaveReachedServer()).isTrue();
      DevRevIoException fresh = catchThrowableOfType(DevRevIoException.class, () -> client.conversations().create(request(2)));
      assertThat(fresh.mayHaveReachedServer()).isTrue();
      assertThat(server.requests()).as("neither is sent again").isEqualTo(3);
    }
  }

  @Test
  void theReadTimeoutHoldsOnAReusedConnectionOnTheRealClock() throws Exception {
    try (RawHttpServer server = new RawHttpServer(Duration.ofSeconds(30),
        (index, request) -> index == 0 ? Answer.json(201, CREATED) : Answer.silence());
        DevRevClient client = DevRevClient.builder().baseUrl(server.baseUrl()).token("raw-server-token-123")
            .readTimeout(Duration.ofMillis(300)).timeout(Duration.ofSeconds(20)).build()) {
      client.conversations().create(request(0));
      long start = System.nanoTime();
      DevRevIoException silent = catchThrowableOfType(DevRevIoException.class, () -> client.conversations().create(request(1)));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(silent.mayHaveReachedServer()).isTrue();
      assertThat(took).as("the 300 ms read timeout, not the 20 s call timeout").isLessThan(Duration.ofSeconds(3));
      assertThat(server.connections()).as("the second create went on the first's connection").isEqualTo(1);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void aNegativeContentLengthOnA201IsADecodingFailureThatSaysItWasCreated() throws Exception {
    String answer = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: -5\r\nx-request-id: r-5\r\n\r\n" + CREATED;
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure));
    try (RawHttpServer server = new RawHttpServer(ONE_SECOND, (index, request) -> Answer.of(answer).thenClose());
        DevRevClient client = client(server)) {
      DevRevDecodingException sync = catchThrowableOfType(DevRevDecodingException.class, () -> client.conversations().create(request(0)));
      assertThat(sync.statusCode()).isEqualTo(201);
      assertThat(sync.requestId()).contains("r-5");
      CompletableFuture<?> async = client.conversations().createAsync(request(1));
      async.exceptionally(failure -> null).get(5, TimeUnit.SECONDS);
      assertThat(catchThrowableOfType(CompletionException.class, async::join).getCause()).isInstanceOf(DevRevDecodingException.class);
      assertThat(server.requests()).isEqualTo(2);
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
    assertThat(uncaught).isEmpty();
  }

  @Test
  void aNegativeContentLengthOnARetried429EndsAsTheRateLimit() throws Exception {
    String answer = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 0\r\nContent-Length: -5\r\n\r\n{\"type\":\"too_many_requests\"}";
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure));
    try (RawHttpServer server = new RawHttpServer(ONE_SECOND, (index, request) -> Answer.of(answer).thenClose());
        DevRevClient client = DevRevClient.builder().baseUrl(server.baseUrl()).token("raw-server-token-123").maxRetries(2).build()) {
      RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> client.conversations().create(request(0)));
      assertThat(e.statusCode()).isEqualTo(429);
      assertThat(server.requests()).isEqualTo(3);
      CompletableFuture<?> async = client.conversations().createAsync(request(1));
      async.exceptionally(failure -> null).get(5, TimeUnit.SECONDS);
      assertThat(catchThrowableOfType(CompletionException.class, async::join).getCause()).isInstanceOf(RateLimitedException.class);
      assertThat(server.requests()).isEqualTo(6);
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
    assertThat(uncaught).as("nothing printed on OkHttp's threads").isEmpty();
  }
}
