package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Responses that used to slip past the client's rules: error bodies that never end or break mid-read,
 * statuses OkHttp would act on by itself, a success body that does not decode, and a server echoing the
 * client's own bookkeeping.
 */
class ResponseHardeningTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().title("Hi").build();

  @Test
  void errorBodyIsReadOnlyUpToTheLimit() {
    Buffer huge = new Buffer();
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'x');
    for (int i = 0; i < 64; i++) {
      huge.write(chunk); // 4 MiB, 16 times the limit
    }
    server.enqueue(new MockResponse.Builder().code(500).body(huge).build());
    BodyBytes read = new BodyBytes();
    try (DevRevClient client = clientBuilder().httpClient(new OkHttpClient.Builder().eventListener(read).build()).build()) {
      InternalServerErrorException e = catchThrowableOfType(InternalServerErrorException.class,
          () -> client.conversations().create(REQUEST));
      assertThat(e.statusCode()).isEqualTo(500);
      assertThat(e.bodyExcerpt()).startsWith("xxx").endsWith("…");
    }
    assertThat(read.bytes.get()).as("bytes of the body read from the socket").isBetween(1L, ResponseBodies.ERROR_LIMIT + 8192); // at most one Okio segment beyond
  }

  /** Counts what OkHttp read of response bodies from the network, as OkHttp itself reports it. */
  static final class BodyBytes extends EventListener {
    final AtomicLong bytes = new AtomicLong();

    @Override
    public void responseBodyEnd(Call call, long byteCount) {
      bytes.addAndGet(byteCount);
    }
  }

  @Test
  void errorBodyCutMidReadStillGivesTheStatusException() {
    server.enqueue(new MockResponse.Builder(json(500, "{\"type\":\"internal_error\",\"message\":\"boom\",\"reference_id\":\"r-1\"}"))
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    try (DevRevClient client = clientBuilder().build()) {
      InternalServerErrorException e = catchThrowableOfType(InternalServerErrorException.class,
          () -> client.conversations().create(REQUEST));
      assertThat(e.statusCode()).isEqualTo(500);
    }
  }

  @Test
  void errorBodyThatLiesAboutGzipStillGivesTheStatusException() {
    server.enqueue(new MockResponse.Builder(json(503, "{\"type\":\"service_unavailable\",\"message\":\"later\"}"))
        .addHeader("Content-Encoding", "gzip").build());
    try (DevRevClient client = clientBuilder().maxRetries(0).build()) {
      ServiceUnavailableException e = catchThrowableOfType(ServiceUnavailableException.class,
          () -> client.conversations().create(REQUEST));
      assertThat(e.statusCode()).isEqualTo(503);
    }
  }

  @Test
  void unavailableWithRetryAfterZeroIsSentOnceWhenRetriesAreOff() throws Exception {
    server.enqueue(new MockResponse.Builder(json(503, "{\"type\":\"service_unavailable\"}")).addHeader("Retry-After", "0").build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().maxRetries(0).build()) {
      catchThrowableOfType(ServiceUnavailableException.class, () -> client.conversations().create(REQUEST));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unavailableWithRetryAfterZeroIsRetriedByTheClientsOwnRule() {
    server.enqueue(new MockResponse.Builder(json(503, "{\"type\":\"service_unavailable\"}")).addHeader("Retry-After", "0").build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().maxRetries(1).build()) {
      assertThat(client.conversations().create(REQUEST).id()).endsWith("conversation/1");
    }
    assertThat(sleeps).containsExactly(Duration.ZERO);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void proxyAuthenticationFromAServerThatIsNotAProxyIsAnUnexpectedStatus() {
    server.enqueue(json(407, "{\"message\":\"proxy auth\"}"));
    try (DevRevClient client = clientBuilder().build()) {
      UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class,
          () -> client.conversations().create(REQUEST));
      assertThat(e.statusCode()).isEqualTo(407);
      assertThat(e.getMessage()).contains("proxy auth");
    }
  }

  @Test
  void aServerSending599IsNotMistakenForAHiddenStatus() {
    server.enqueue(json(599, "{}"));
    try (DevRevClient client = clientBuilder().build()) {
      assertThat(catchThrowableOfType(UnexpectedStatusException.class, () -> client.conversations().create(REQUEST))
          .statusCode()).isEqualTo(599);
    }
  }

  @Test
  void undecodableSuccessBodyCarriesItsOwnStatus() {
    server.enqueue(json(200, ""));
    server.enqueue(json(202, "{\"conversation\":"));
    try (DevRevClient client = clientBuilder().build()) {
      assertThat(catchThrowableOfType(DevRevDecodingException.class, () -> client.conversations().create(REQUEST))
          .statusCode()).isEqualTo(200);
      CompletionException async = catchThrowableOfType(CompletionException.class,
          () -> client.conversations().createAsync(REQUEST).join());
      assertThat(async.getCause()).isInstanceOf(DevRevDecodingException.class);
      assertThat(((DevRevDecodingException) async.getCause()).statusCode()).isEqualTo(202);
    }
  }

  @Test
  void retryAfterBeyondAnyDurationIsStillARateLimit() {
    server.enqueue(json(429, "{\"type\":\"too_many_requests\",\"retry_after\":" + Long.MAX_VALUE + "}"));
    try (DevRevClient client = clientBuilder().build()) {
      RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(Long.MAX_VALUE));
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
