package ai.devrev.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.DevRevResponse;
import ai.devrev.sdk.RequestOptions;
import ai.devrev.sdk.DevRevDecodingException;
import ai.devrev.sdk.DevRevIoException;
import ai.devrev.sdk.InternalServerErrorException;
import ai.devrev.sdk.RateLimitedException;
import ai.devrev.sdk.ServiceUnavailableException;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Network faults and server pushback, each through the blocking and the async call. For every fault:
 * the exception or result, how many requests the server saw, and the rule that a create reached the
 * server at most once whenever it might have been acted on (a 201, a 500, or a connection lost after
 * the request was written; a 429 or 503 says DevRev did not act).
 */
class FaultMatrixTest {
  private static final String TOKEN = "fault-secret-token-0123456789";
  private static final String TITLE = "Fault matrix";
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder()
      .type(ConversationsCreateRequest.Type.SUPPORT).title(TITLE).build();
  private static final String CREATED = "{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/1\","
      + "\"members\":[{\"type\":\"dev_user\",\"id\":\"DEVU-1\"}],\"title\":\"" + "Printer on fire. ".repeat(200) + "\"}}";
  /** A hang guard, far beyond any case here: a timeout is a failure, never a measurement. */
  private static final Duration GUARD = Duration.ofSeconds(60);

  enum Mode { SYNC, ASYNC }

  private MockWebServer server;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final List<Boolean> script = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    QueueDispatcher dispatcher = new QueueDispatcher();
    // A request beyond the script gets an answer at once (and fails the count checks) instead of blocking.
    dispatcher.setFailFast(new MockResponse.Builder().code(418).body("not in the script").build());
    server.setDispatcher(dispatcher);
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A scripted answer; {@code mayAct} says whether DevRev could have created the conversation. */
  private void step(MockResponse response, boolean mayAct) {
    server.enqueue(response);
    script.add(mayAct);
  }

  private static MockResponse created() {
    return new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json").body(CREATED).build();
  }

  private static MockResponse status(int code, String retryAfter) {
    MockResponse.Builder builder = new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body("{\"type\":\"" + (code == 429 ? "too_many_requests" : "service_unavailable") + "\"}");
    if (retryAfter != null) {
      builder.addHeader("Retry-After", retryAfter);
    }
    return builder.build();
  }

  /**
   * A 201 whose body comes {@code bytes} at a time, one batch per {@code periodMillis}. (MockWebServer's own
   * throttle also slows reading the request, which would be a different fault.)
   */
  private static MockResponse dripping(int bytes, long periodMillis) {
    byte[] body = CREATED.getBytes(StandardCharsets.UTF_8);
    return new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json").body(new MockResponseBody() {
      @Override
      public long getContentLength() {
        return body.length;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        for (int at = 0; at < body.length; at += bytes) {
          sink.write(body, at, Math.min(bytes, body.length - at));
          sink.flush();
          try {
            Thread.sleep(periodMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("drip interrupted");
          }
        }
      }
    }).build();
  }

  private DevRevClient.Builder client() {
    return DevRevClient.builder().sleeper(sleeps::add)
        .baseUrl(server.url("/").toString())
        .token(TOKEN)
        .maxRetries(2)
        .timeout(GUARD.minusSeconds(10));
  }

  /** What one create ended in, and what the server saw. */
  private final class Outcome {
    final Object value;
    final int requests;
    final int createsReceived;
    final int mayHaveActed;

    Outcome(Object value) throws InterruptedException {
      this.value = value;
      // The server records a request once it stops reading it, which can be just after the client gave
      // up: collect until nothing more arrives for a moment.
      int seen = 0;
      int received = 0;
      RecordedRequest request;
      while ((request = server.takeRequest(300, TimeUnit.MILLISECONDS)) != null) {
        seen++;
        if (request.getBody() != null && request.getBody().utf8().contains(TITLE)) {
          received++;
        }
      }
      this.requests = seen;
      this.createsReceived = received;
      int acted = 0;
      for (int i = 0; i < Math.min(requests, script.size()); i++) {
        acted += script.get(i) ? 1 : 0;
      }
      this.mayHaveActed = acted;
    }

    /** The rule: never a second create that DevRev might act on after one it might have acted on. */
    void atMostOnce() {
      assertThat(mayHaveActed).as("creates the server may have acted on").isLessThanOrEqualTo(1);
      assertThat(createsReceived).as("creates that reached the server").isLessThanOrEqualTo(requests);
    }

    <T> T thrown(Class<T> type) {
      assertThat(value).as("outcome").isInstanceOf(type);
      return type.cast(value);
    }
  }

  private Outcome create(Mode mode, DevRevClient.Builder builder) {
    return create(mode, builder, RequestOptions.none());
  }

  private Outcome create(Mode mode, DevRevClient.Builder builder, RequestOptions options) {
    return assertTimeoutPreemptively(GUARD, () -> {
      Object value;
      try (DevRevClient client = builder.build()) {
        value = mode == Mode.SYNC ? client.conversations().createRaw(REQUEST, options)
            : client.conversations().createRawAsync(REQUEST, options).get(GUARD.toSeconds() - 5, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        value = e.getCause();
      } catch (RuntimeException e) {
        value = e;
      }
      return new Outcome(value);
    }, "the create did not end");
  }

  // ------------------------------------------------------------------ before the request is written

  @ParameterizedTest
  @EnumSource(Mode.class)
  void connectionRefusedIsRetriedAndReportedAsNotSent(Mode mode) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Outcome outcome = create(mode, client().baseUrl("http://127.0.0.1:" + closedPort + "/"));
    DevRevIoException e = outcome.thrown(DevRevIoException.class);
    assertThat(e.mayHaveReachedServer()).isFalse();
    assertThat(sleeps).as("three attempts: two backoffs").hasSize(2);
    assertThat(sleeps.get(0)).as("0.5 s less up to a quarter of jitter").isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    assertThat(outcome.requests).isZero();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void dnsFailureIsRetriedAndReportedAsNotSent(Mode mode) {
    OkHttpClient noDns = new OkHttpClient.Builder().dns(host -> {
      throw new UnknownHostException("no such host in this test: " + host);
    }).build();
    Outcome outcome = create(mode, client().baseUrl("https://api.devrev.invalid/").httpClient(noDns));
    assertThat(outcome.thrown(DevRevIoException.class).mayHaveReachedServer()).isFalse();
    assertThat(sleeps).hasSize(2);
    noDns.dispatcher().executorService().shutdown();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void resetBeforeTheRequestIsReadIsNotRetried(Mode mode) {
    step(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build(), false);
    step(created(), true);
    Outcome outcome = create(mode, client());
    // The client cannot tell an unread request from a lost answer, so it must assume the worst.
    assertThat(outcome.thrown(DevRevIoException.class).mayHaveReachedServer()).isTrue();
    assertThat(outcome.requests).as("one accepted connection, no retry").isEqualTo(1);
    assertThat(outcome.createsReceived).isZero();
    assertThat(sleeps).isEmpty();
    outcome.atMostOnce();
  }

  // ------------------------------------------------------------------ after the request is written

  @ParameterizedTest
  @EnumSource(Mode.class)
  void connectionClosedAfterTheRequestIsNotRetried(Mode mode) {
    step(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build(), true);
    step(created(), true);
    Outcome outcome = create(mode, client());
    assertThat(outcome.thrown(DevRevIoException.class).mayHaveReachedServer()).isTrue();
    assertThat(outcome.requests).isEqualTo(1);
    assertThat(outcome.createsReceived).isEqualTo(1);
    assertThat(sleeps).isEmpty();
    outcome.atMostOnce();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void resetWhileTheRequestBodyIsSentIsNotRetried(Mode mode) {
    step(new MockResponse.Builder().onRequestBody(new SocketEffect.CloseSocket()).build(), true);
    step(created(), true);
    Outcome outcome = create(mode, client());
    assertThat(outcome.thrown(DevRevIoException.class).mayHaveReachedServer()).isTrue();
    assertThat(outcome.requests).isEqualTo(1);
    assertThat(sleeps).isEmpty();
    outcome.atMostOnce();
  }

  /** A real TCP reset (SO_LINGER 0) after the whole request was read, from a bare socket. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void tcpResetAfterTheRequestIsReadIsNotRetried(Mode mode) throws Exception {
    AtomicLong requestsRead = new AtomicLong();
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        while (!listener.isClosed()) {
          try (Socket socket = listener.accept()) {
            String request = readRequest(socket.getInputStream());
            if (request.contains(TITLE)) {
              requestsRead.incrementAndGet();
            }
            socket.setSoLinger(true, 0);
          } catch (IOException closed) {
            return;
          }
        }
      }, "reset-server");
      acceptor.setDaemon(true);
      acceptor.start();
      Outcome outcome = create(mode, client().baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/"));
      assertThat(outcome.thrown(DevRevIoException.class).mayHaveReachedServer()).isTrue();
      assertThat(requestsRead.get()).as("creates read by the server").isEqualTo(1);
      assertThat(sleeps).isEmpty();
    }
  }

  private static String readRequest(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    int contentLength = -1;
    int c;
    while ((c = in.read()) != -1) {
      text.append((char) c);
      if (text.length() >= 4 && text.substring(text.length() - 4).equals("\r\n\r\n")) {
        for (String line : text.toString().split("\r\n")) {
          if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
            contentLength = Integer.parseInt(line.substring(15).trim());
          }
        }
        break;
      }
    }
    byte[] body = in.readNBytes(Math.max(contentLength, 0));
    return text + new String(body, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void noResponseTimesOutAndIsNotRetried(Mode mode) {
    step(new MockResponse.Builder(created()).headersDelay(20, TimeUnit.SECONDS).build(), true);
    step(created(), true);
    Outcome outcome = create(mode, client().readTimeout(Duration.ofMillis(300)));
    assertThat(outcome.thrown(DevRevIoException.class).mayHaveReachedServer()).isTrue();
    assertThat(outcome.requests).isEqualTo(1);
    assertThat(outcome.createsReceived).isEqualTo(1);
    assertThat(sleeps).isEmpty();
    outcome.atMostOnce();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void responseCutMidBodyIsADecodingFailureOfACreatedConversation(Mode mode) {
    step(new MockResponse.Builder(created()).onResponseBody(new SocketEffect.CloseSocket()).build(), true);
    step(created(), true);
    Outcome outcome = create(mode, client());
    DevRevDecodingException e = outcome.thrown(DevRevDecodingException.class);
    assertThat(e.statusCode()).as("the 201 arrived: the conversation exists").isEqualTo(201);
    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(outcome.requests).isEqualTo(1);
    assertThat(sleeps).isEmpty();
    outcome.atMostOnce();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void chunkedResponseCutMidBodyIsADecodingFailureOfACreatedConversation(Mode mode) {
    step(new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json").chunkedBody(CREATED, 64)
        .onResponseBody(new SocketEffect.CloseSocket()).build(), true);
    Outcome outcome = create(mode, client());
    assertThat(outcome.thrown(DevRevDecodingException.class).statusCode()).isEqualTo(201);
    assertThat(outcome.requests).isEqualTo(1);
    outcome.atMostOnce();
  }

  /**
   * The status line arrived, so the client knows DevRev failed (500) and did not act twice: the lost rest
   * of an error body must not hide the status (README: a truncated body still yields the status's exception).
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void errorResponseCutMidBodyStillGivesTheStatusException(Mode mode) {
    step(new MockResponse.Builder().code(500).addHeader("Content-Type", "application/json")
        .body("{\"type\":\"internal_error\",\"message\":\"" + "x".repeat(4000) + "\"}")
        .onResponseBody(new SocketEffect.CloseSocket()).build(), true);
    Outcome outcome = create(mode, client());
    outcome.thrown(InternalServerErrorException.class);
    assertThat(outcome.requests).isEqualTo(1);
    outcome.atMostOnce();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void slowDripPastTheReadTimeoutFails(Mode mode) {
    step(dripping(1, 1000), true);
    step(created(), true);
    Outcome outcome = create(mode, client().readTimeout(Duration.ofMillis(250)));
    // The 201's headers arrived before the body stalled: the conversation exists.
    assertThat(outcome.thrown(DevRevDecodingException.class).getMessage()).contains("broke off");
    assertThat(outcome.requests).isEqualTo(1);
    assertThat(sleeps).isEmpty();
    outcome.atMostOnce();
  }

  /** Each byte comes within the read timeout, but the whole call has a deadline. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void slowDripWithinTheReadTimeoutHitsTheCallTimeout(Mode mode) {
    step(dripping(64, 100), true);
    step(created(), true);
    Outcome outcome = create(mode, client().readTimeout(Duration.ofSeconds(5)),
        RequestOptions.builder().timeout(Duration.ofMillis(800)).build());
    assertThat(outcome.thrown(DevRevDecodingException.class).statusCode()).isEqualTo(201);
    assertThat(outcome.requests).isEqualTo(1);
    outcome.atMostOnce();
  }

  /**
   * An error body that never ends: the client reads at most 256 KiB of it, so the call ends. Closing the
   * rest, OkHttp skips (never buffers) what arrives within 100 ms, to keep the connection if it can; over
   * loopback that is tens of megabytes, so the bound is half the body, far from the whole of it that a
   * client reading to the end takes.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void endlessErrorBodyIsReadOnlyToTheLimit(Mode mode) {
    AtomicLong written = new AtomicLong();
    long limit = 512L * 1024 * 1024;
    MockResponseBody endless = new MockResponseBody() {
      @Override
      public long getContentLength() {
        return limit;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        byte[] chunk = "<p>Internal error</p>\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
        while (written.get() < limit) {
          int n = (int) Math.min(chunk.length, limit - written.get());
          sink.write(chunk, 0, n);
          written.addAndGet(n);
        }
        sink.flush();
      }
    };
    step(new MockResponse.Builder().code(500).addHeader("Content-Type", "text/html").body(endless).build(), true);
    Outcome outcome = create(mode, client());
    outcome.thrown(InternalServerErrorException.class);
    assertThat(written.get()).as("bytes the server got to write before the client stopped reading")
        .isLessThan(limit / 2);
    outcome.atMostOnce();
  }

  // ------------------------------------------------------------------ pushback: DevRev did not act

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rateLimitStormIsRetriedUpToTheLimitHonouringRetryAfter(Mode mode) {
    for (int i = 0; i < 10; i++) {
      step(status(429, "2"), false);
    }
    Outcome outcome = create(mode, client().maxRetries(3));
    RateLimitedException e = outcome.thrown(RateLimitedException.class);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
    assertThat(outcome.requests).isEqualTo(4);
    assertThat(outcome.createsReceived).isEqualTo(4);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    outcome.atMostOnce();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rateLimitStormThenSuccessCreatesOnce(Mode mode) {
    step(status(429, "1"), false);
    step(status(429, "1"), false);
    step(created(), true);
    step(created(), true);
    Outcome outcome = create(mode, client());
    assertThat(outcome.value).isInstanceOf(DevRevResponse.class);
    assertThat(outcome.requests).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    outcome.atMostOnce();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rateLimitWaitBeyondTheCapIsThrownNotSlept(Mode mode) {
    step(status(429, "3600"), false);
    step(created(), true);
    Outcome outcome = create(mode, client());
    assertThat(outcome.thrown(RateLimitedException.class).retryAfter()).contains(Duration.ofHours(1));
    assertThat(outcome.requests).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serviceUnavailableThenCreated(Mode mode) {
    step(status(503, null), false);
    step(created(), true);
    step(created(), true);
    Outcome outcome = create(mode, client());
    @SuppressWarnings("unchecked")
    DevRevResponse<ConversationsCreateResponse> response = (DevRevResponse<ConversationsCreateResponse>) outcome.value;
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body().conversation().id()).endsWith("conversation/1");
    assertThat(outcome.requests).isEqualTo(2);
    assertThat(sleeps).singleElement().satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
    outcome.atMostOnce();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serviceUnavailableStormEndsInItsException(Mode mode) {
    for (int i = 0; i < 5; i++) {
      step(status(503, "1"), false);
    }
    Outcome outcome = create(mode, client());
    outcome.thrown(ServiceUnavailableException.class);
    assertThat(outcome.requests).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void internalServerErrorIsNeverRetried(Mode mode) {
    step(new MockResponse.Builder().code(500).body("{\"type\":\"internal_error\"}").build(), true);
    step(created(), true);
    Outcome outcome = create(mode, client());
    outcome.thrown(InternalServerErrorException.class);
    assertThat(outcome.requests).isEqualTo(1);
    assertThat(sleeps).isEmpty();
    outcome.atMostOnce();
  }

  /** Many faults in a row against one client: each create ends, none reaches the server twice. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void mixedFaultsAgainstOneClientEachEndOnce(Mode mode) {
    List<UnaryOperator<MockResponse.Builder>> faults = List.of(
        b -> b.onResponseStart(new SocketEffect.CloseSocket()),
        b -> b.onResponseBody(new SocketEffect.CloseSocket()),
        b -> b,
        b -> dripping(1, 1000).newBuilder());
    try (DevRevClient client = client().readTimeout(Duration.ofMillis(250)).build()) {
      for (int i = 0; i < 12; i++) {
        server.enqueue(faults.get(i % faults.size()).apply(new MockResponse.Builder(created())).build());
        Object value = assertTimeoutPreemptively(GUARD, () -> {
          try {
            return mode == Mode.SYNC ? client.conversations().createRaw(REQUEST)
                : client.conversations().createRawAsync(REQUEST, RequestOptions.none()).get(30, TimeUnit.SECONDS);
          } catch (ExecutionException e) {
            return e.getCause();
          } catch (RuntimeException e) {
            return e;
          }
        });
        assertThat(value).isInstanceOfAny(DevRevResponse.class, DevRevIoException.class, DevRevDecodingException.class);
        assertThat(server.getRequestCount()).as("requests after create " + (i + 1)).isEqualTo(i + 1);
      }
    }
    assertThat(sleeps).isEmpty();
  }
}
