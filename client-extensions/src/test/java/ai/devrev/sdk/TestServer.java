package ai.devrev.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer per test and a client wired to it with a recording sleeper and a fixed clock. */
abstract class TestServer {
  static final String TOKEN = "devrev-secret-token-12345";
  static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  static final String CREATED = "{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/1\","
      + "\"display_id\":\"CONV-1\",\"title\":\"Hello\",\"members\":[{\"type\":\"dev_user\",\"id\":\"DEVU-1\"}]}}";

  MockWebServer server;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final List<String> logs = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws Exception {
    server = new MockWebServer();
    server.start(0);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  DevRevClient.Builder clientBuilder() {
    return DevRevClient.builder()
        .baseUrl(server.url("/").toString())
        .token(TOKEN)
        .sleeper(sleeps::add)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .backoff(new Backoff(() -> 1.0))
        .logSink(logs::add);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse created() {
    return new MockResponse.Builder(json(201, CREATED)).addHeader("x-request-id", "req-1").build();
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the server received no request");
    }
    return request;
  }
}
