package ai.devrev.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.UnexpectedStatusException;
import ai.devrev.sdk.LogLevel;
import ai.devrev.sdk.RequestOptions;
import ai.devrev.sdk.TokenProvider;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The token stays private: in no log line at any level (the client logs through SLF4J, bound here to
 * java.util.logging, where a handler at ALL sees every record of every logger), in no exception message,
 * stack trace or {@code toString()}; never over plain http to another machine, never to
 * another host on a redirect; request bodies logged only at {@link LogLevel#BODY}.
 */
class SecurityTest {
  private static final String TOKEN = "sec-7f3a9c2e-TOKEN-d41d8cd98f00b204";
  private static final String FRESH_TOKEN = "sec-rotated-TOKEN-e99a18c428cb38d5";
  private static final String TITLE = "Security title 5b1e";
  private static final String RESPONSE_MARKER = "response-marker-9c0f";
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder()
      .type(ConversationsCreateRequest.Type.SUPPORT).title(TITLE).description("customer data").build();
  private static final String CREATED = "{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/1\","
      + "\"members\":[],\"title\":\"" + RESPONSE_MARKER + "\"}}";

  private MockWebServer server;
  private final Capture capture = new Capture();
  private final Map<Logger, Level> savedLevels = new java.util.HashMap<>();

  /** Every log record of every logger, formatted with its parameters and its exception's stack trace. */
  static final class Capture extends Handler {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
      if (record.getLoggerName() != null && record.getLoggerName().startsWith("mockwebserver3")) {
        return; // the test server's own log of what it received, not the client's
      }
      StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + ": ");
      line.append(record.getMessage());
      if (record.getParameters() != null) {
        for (Object parameter : record.getParameters()) {
          line.append(" | ").append(parameter);
        }
      }
      if (record.getThrown() != null) {
        line.append(" | ").append(stackTrace(record.getThrown()));
      }
      lines.add(line.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  static String stackTrace(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  @BeforeEach
  void start() throws IOException {
    for (String name : List.of("", "ai.devrev.sdk", "ai.devrev.sdk.http", "okhttp3", "okhttp3.OkHttpClient")) {
      Logger logger = Logger.getLogger(name);
      savedLevels.put(logger, logger.getLevel());
      logger.setLevel(Level.ALL);
    }
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
    server = new MockWebServer();
    server.start(0);
  }

  @AfterEach
  void stop() {
    Logger.getLogger("").removeHandler(capture);
    savedLevels.forEach(Logger::setLevel);
    server.close();
  }

  private DevRevClient.Builder client(LogLevel level) {
    return DevRevClient.builder().baseUrl(server.url("/").toString()).token(TOKEN).logLevel(level)
        .maxRetries(1).maxRetryWait(Duration.ofSeconds(1));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  /** Answers that make the client log, retry, refresh, fail and throw, in one sequence per level. */
  private List<Throwable> exerciseEverything(LogLevel level) throws Exception {
    List<Throwable> thrown = new ArrayList<>();
    Consumer<Runnable> attempt = call -> {
      try {
        call.run();
      } catch (RuntimeException e) {
        thrown.add(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
      }
    };
    try (DevRevClient client = client(level).build()) {
      server.enqueue(json(201, CREATED));
      attempt.accept(() -> client.conversations().create(REQUEST));
      server.enqueue(json(401, "{\"type\":\"unauthenticated\",\"message\":\"Token expired.\"}"));
      attempt.accept(() -> client.conversations().create(REQUEST));
      server.enqueue(new MockResponse.Builder(json(429, "{\"type\":\"too_many_requests\"}")).addHeader("Retry-After", "0").build());
      server.enqueue(json(201, CREATED));
      attempt.accept(() -> client.conversations().createAsync(REQUEST).join());
      server.enqueue(json(500, "{\"type\":\"internal_error\",\"reference_id\":\"r-1\"}"));
      attempt.accept(() -> client.conversations().create(REQUEST));
      server.enqueue(json(201, "{\"conversation\":{\"id\":7}"));
      attempt.accept(() -> client.conversations().create(REQUEST));
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      attempt.accept(() -> client.conversations().create(REQUEST));
      server.enqueue(new MockResponse.Builder(json(201, CREATED)).headersDelay(2, TimeUnit.SECONDS).build());
      attempt.accept(() -> client.conversations().create(REQUEST,
          RequestOptions.builder().timeout(Duration.ofMillis(500)).build()));
      server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", server.url("/moved")).build());
      server.enqueue(json(201, CREATED));
      attempt.accept(() -> client.conversations().create(REQUEST));
    }
    // A rotating token: the 401 is repeated once with the fresh one.
    List<String> tokens = new ArrayList<>(List.of(TOKEN, FRESH_TOKEN));
    try (DevRevClient client = client(level).tokenProvider(TokenProvider.fromSupplier(() -> tokens.size() > 1
        ? tokens.remove(0) : tokens.get(0))).build()) {
      server.enqueue(json(401, "{\"type\":\"unauthenticated\"}"));
      server.enqueue(json(201, CREATED));
      attempt.accept(() -> client.conversations().create(REQUEST));
    }
    // Nothing listening: a failure before sending.
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (DevRevClient client = client(level).baseUrl("http://127.0.0.1:" + closedPort + "/").maxRetries(0).build()) {
      attempt.accept(() -> client.conversations().create(REQUEST));
    }
    return thrown;
  }

  @ParameterizedTest
  @EnumSource(LogLevel.class)
  void noLogLineAndNoExceptionShowsTheToken(LogLevel level) throws Exception {
    List<Throwable> thrown = exerciseEverything(level);
    assertThat(thrown).as("the scenarios fail as intended").hasSizeGreaterThanOrEqualTo(5);
    List<String> leaked = capture.lines.stream().filter(SecurityTest::showsAToken).collect(Collectors.toList());
    assertThat(leaked).as("log lines showing a token").isEmpty();
    for (Throwable e : thrown) {
      assertThat(e.getMessage()).doesNotContain(TOKEN, FRESH_TOKEN);
      assertThat(e.toString()).doesNotContain(TOKEN, FRESH_TOKEN);
      assertThat(stackTrace(e)).as("stack trace with causes").doesNotContain(TOKEN, FRESH_TOKEN);
    }
    // Every request did carry it: the absence above is redaction, not a token never used.
    for (int i = 0, n = server.getRequestCount(); i < n; i++) {
      RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
      if (request != null && request.getHeaders().get("Authorization") != null) {
        assertThat(request.getHeaders().get("Authorization")).matches("Bearer (" + TOKEN + "|" + FRESH_TOKEN + ")");
      }
    }
    if (level != LogLevel.NONE) {
      assertThat(capture.lines).as("the client's lines reach the capture").anyMatch(l -> l.contains("ai.devrev.sdk.http")
          && l.contains("POST"));
    }
    if (level == LogLevel.HEADERS || level == LogLevel.BODY) {
      assertThat(capture.lines).anyMatch(l -> l.contains("Authorization: ██"));
    }
  }

  private static boolean showsAToken(String line) {
    return line.contains(TOKEN) || line.contains(FRESH_TOKEN) || line.contains("TOKEN-");
  }

  @ParameterizedTest
  @EnumSource(value = LogLevel.class, names = {"NONE", "BASIC", "HEADERS"})
  void bodiesAreNotLoggedBelowTheBodyLevel(LogLevel level) throws Exception {
    exerciseEverything(level);
    assertThat(capture.lines).noneMatch(l -> l.contains(TITLE) || l.contains("customer data"));
    assertThat(capture.lines).noneMatch(l -> l.contains(RESPONSE_MARKER) || l.contains("Token expired."));
  }

  @Test
  void bodiesAreLoggedAtTheBodyLevel() throws Exception {
    exerciseEverything(LogLevel.BODY);
    assertThat(capture.lines).anyMatch(l -> l.contains(TITLE));
    assertThat(capture.lines).anyMatch(l -> l.contains(RESPONSE_MARKER));
  }

  @Test
  void noToStringShowsTheToken() throws Exception {
    DevRevClient.Builder builder = client(LogLevel.BODY);
    server.enqueue(new MockResponse.Builder(json(201, CREATED)).addHeader("x-request-id", "req-1").build());
    try (DevRevClient client = builder.build()) {
      assertThat(client.toString()).doesNotContain(TOKEN);
      assertThat(builder.toString()).doesNotContain(TOKEN);
      assertThat(client.conversations().createRaw(REQUEST).toString()).doesNotContain(TOKEN);
    }
    assertThat(TokenProvider.of(TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(TokenProvider.fromSupplier(() -> TOKEN).toString()).doesNotContain(TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sec\nTOKEN-x", "sec TOKEN-x", "sec\u00e9TOKEN-x", " ", "sec\rTOKEN-x"})
  void anUnusableTokenIsRefusedWithoutShowingIt(String token) {
    assertThatThrownBy(() -> TokenProvider.of(token)).isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(token.strip().isEmpty() ? "TOKEN-" : token));
    assertThatThrownBy(() -> DevRevClient.builder().token(token).build()).isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("TOKEN-x"));
    try (DevRevClient client = DevRevClient.builder().baseUrl(server.url("/").toString())
        .tokenProvider(TokenProvider.fromSupplier(() -> token)).build()) {
      assertThatThrownBy(() -> client.conversations().create(REQUEST))
          .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("TOKEN-x"));
    }
    assertThat(server.getRequestCount()).as("a request with a broken token is never sent").isZero();
  }

  // ------------------------------------------------------------------ where the token may travel

  /** This machine's first address that is not loopback, to listen on and to name in URLs. */
  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && a instanceof java.net.Inet4Address)
        .findFirst();
  }

  @Test
  void plainHttpToAnotherMachineIsRefusedBeforeAnyByteIsSent() throws Exception {
    Optional<InetAddress> address = nonLoopbackAddress();
    assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address to listen on");
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket listener = new ServerSocket(0, 50, address.get())) {
      Thread acceptor = new Thread(() -> {
        while (true) {
          try (Socket ignored = listener.accept()) {
            connections.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "http://" + address.get().getHostAddress() + ":" + listener.getLocalPort() + "/";
      assertThatThrownBy(() -> DevRevClient.builder().token(TOKEN).baseUrl(url).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unencrypted")
          .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(TOKEN));
      Thread.sleep(200);
      assertThat(connections.get()).as("connections made to the non-loopback listener").isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.devrev.ai/", "HTTP://API.DEVREV.AI/", "http://localhost.devrev.ai/",
      "http://127.0.0.1.nip.io/", "http://0.0.0.0:8080/", "http://10.0.0.1/", "http://[fd00::2]/",
      "http://user:pass@api.devrev.ai/", " http://api.devrev.ai/ "})
  void plainHttpToANonLoopbackHostIsRefused(String url) {
    assertThatThrownBy(() -> DevRevClient.builder().token(TOKEN).baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(TOKEN));
  }

  @ParameterizedTest
  @ValueSource(ints = {307, 308})
  void authorizationIsNotSentToAnotherHostOnRedirect(int code) throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start(0);
      other.enqueue(json(201, CREATED));
      // Same machine, other host name: 127.0.0.1 instead of localhost.
      String elsewhere = "http://127.0.0.1:" + other.getPort() + "/conversations.create";
      server.enqueue(new MockResponse.Builder().code(code).addHeader("Location", elsewhere).build());
      try (DevRevClient client = client(LogLevel.HEADERS).baseUrl("http://localhost:" + server.getPort() + "/").build()) {
        client.conversations().createRaw(REQUEST);
      }
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
      RecordedRequest redirected = other.takeRequest(5, TimeUnit.SECONDS);
      assertThat(redirected).as("the redirect was followed").isNotNull();
      assertThat(redirected.getHeaders().get("Authorization")).isNull();
      assertThat(redirected.getHeaders().toString()).doesNotContain(TOKEN);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303})
  void aRedirectThatWouldTurnTheCreateIntoAGetIsNotFollowed(int code) throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start(0);
      String elsewhere = "http://127.0.0.1:" + other.getPort() + "/conversations.create";
      server.enqueue(new MockResponse.Builder().code(code).addHeader("Location", elsewhere).build());
      try (DevRevClient client = client(LogLevel.HEADERS).baseUrl("http://localhost:" + server.getPort() + "/").build()) {
        assertThatThrownBy(() -> client.conversations().createRaw(REQUEST)).isInstanceOf(UnexpectedStatusException.class)
            .hasMessageContaining("would turn the POST into a GET");
      }
      assertThat(other.getRequestCount()).isZero();
    }
  }

  @Test
  void authorizationIsNotSentToAnotherPortOnRedirect() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start(0);
      other.enqueue(json(201, CREATED));
      server.enqueue(new MockResponse.Builder().code(307)
          .addHeader("Location", "http://localhost:" + other.getPort() + "/conversations.create").build());
      try (DevRevClient client = client(LogLevel.NONE).baseUrl("http://localhost:" + server.getPort() + "/").build()) {
        client.conversations().create(REQUEST);
      }
      assertThat(other.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isNull();
    }
  }

  /**
   * The rule that plain http goes only to this machine covers redirects too: a loopback server's redirect
   * to plain http on another machine must not carry the create (the conversation's content) there.
   */
  @Test
  void aRedirectDoesNotTakeTheCreateToPlainHttpOnAnotherMachine() throws Exception {
    Optional<InetAddress> address = nonLoopbackAddress();
    assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address to listen on");
    try (MockWebServer remote = new MockWebServer()) {
      remote.start(address.get(), 0);
      remote.enqueue(json(201, CREATED));
      server.enqueue(new MockResponse.Builder().code(307)
          .addHeader("Location", "http://" + address.get().getHostAddress() + ":" + remote.getPort() + "/c").build());
      try (DevRevClient client = client(LogLevel.NONE).build()) {
        client.conversations().create(REQUEST);
      } catch (RuntimeException refused) {
        // Refusing the redirect is the expected outcome.
      }
      assertThat(remote.getRequestCount()).as("requests that reached the non-loopback host over http").isZero();
    }
  }
}
