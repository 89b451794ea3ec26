package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Retries what DevRev did not act on, and nothing that might create a conversation twice. */
class RetryTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().title("Hi").build();

  private static MockResponse tooMany(String retryAfter) {
    return new MockResponse.Builder(json(429, "{\"type\":\"too_many_requests\"}")).addHeader("Retry-After", retryAfter).build();
  }

  @Test
  void retriesAfterRetryAfterSeconds() {
    server.enqueue(tooMany("3"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      assertThat(client.conversations().create(REQUEST).id()).endsWith("conversation/1");
    }
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    server.enqueue(tooMany("Tue, 24 Nov 2026 12:00:07 GMT"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(REQUEST);
    }
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void honoursTheBodysRetryAfterWithoutAHeader() {
    server.enqueue(json(429, "{\"type\":\"too_many_requests\",\"retry_after\":4}"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(REQUEST);
    }
    assertThat(sleeps).containsExactly(Duration.ofSeconds(4));
  }

  @Test
  void backsOffExponentiallyWithoutAServerWait() {
    server.enqueue(json(503, "{\"type\":\"service_unavailable\"}"));
    server.enqueue(json(503, "{\"type\":\"service_unavailable\"}"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(REQUEST);
    }
    assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void stopsRetryingAtTheLimit() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(503, "{\"type\":\"service_unavailable\"}"));
    }
    try (DevRevClient client = clientBuilder().maxRetries(2).build()) {
      assertThat(catchThrowableOfType(ServiceUnavailableException.class, () -> client.conversations().create(REQUEST)))
          .isNotNull();
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void zeroRetriesSendsOnce() {
    server.enqueue(tooMany("1"));
    try (DevRevClient client = clientBuilder().maxRetries(0).build()) {
      RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void perCallOptionsOverrideTheClientsRetries() {
    server.enqueue(tooMany("1"));
    try (DevRevClient client = clientBuilder().maxRetries(5).build()) {
      RequestOptions once = RequestOptions.builder().maxRetries(0).build();
      assertThat(catchThrowableOfType(RateLimitedException.class, () -> client.conversations().create(REQUEST, once))).isNotNull();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWaitBeyondTheCapIsThrownNotSlept() {
    server.enqueue(tooMany("3600"));
    try (DevRevClient client = clientBuilder().maxRetryWait(Duration.ofSeconds(30)).build()) {
      RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    }
    assertThat(sleeps).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void neverRetriesAnInternalServerError() {
    server.enqueue(json(500, "{\"type\":\"internal_error\",\"reference_id\":\"r\"}"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      assertThat(catchThrowableOfType(InternalServerErrorException.class, () -> client.conversations().create(REQUEST)))
          .isNotNull();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void doesNotRetryAReadTimeoutAfterSending() {
    server.enqueue(new MockResponse.Builder(created()).headersDelay(5, TimeUnit.SECONDS).build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().readTimeout(Duration.ofMillis(300)).build()) {
      DevRevIoException e = catchThrowableOfType(DevRevIoException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.mayHaveReachedServer()).isTrue();
      assertThat(e.getMessage()).contains("may have reached DevRev");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void doesNotRetryAConnectionResetAfterSending() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      DevRevIoException e = catchThrowableOfType(DevRevIoException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.mayHaveReachedServer()).isTrue();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesAConnectionRefusedBeforeSending() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (DevRevClient client = clientBuilder().baseUrl("http://127.0.0.1:" + closedPort + "/").build()) {
      DevRevIoException e = catchThrowableOfType(DevRevIoException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.mayHaveReachedServer()).isFalse();
      assertThat(e.getMessage()).contains("was not sent");
    }
    assertThat(sleeps).isEqualTo(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)));
  }
}
