package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A body over the bound gets 400 bad_request without being kept, whether its length is declared or not. */
class RequestSizeTest {
  private static final int LIMIT = 1000;

  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension(DevRevSimulator.builder().maxRequestBytes(LIMIT));

  @Test
  void aBodyOfExactlyTheBoundIsAccepted() {
    String body = bodyOf(LIMIT);

    assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);
    assertThat(Http.post(devrev.simulator(), body).status).isEqualTo(201);
  }

  @Test
  void aDeclaredLengthOverTheBoundGets400BadRequest() {
    Http.Reply reply = Http.post(devrev.simulator(), bodyOf(LIMIT + 1));

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("bad_request");
    assertThat(reply.body.get("detail").asText()).contains(String.valueOf(LIMIT));
    assertThat(devrev.simulator().lastExchange().body()).isEmpty();
  }

  @Test
  void aChunkedBodyOverTheBoundGets400BadRequest() {
    byte[] body = bodyOf(100 * LIMIT).getBytes(StandardCharsets.UTF_8);
    HttpRequest chunked = HttpRequest.newBuilder(URI.create(devrev.baseUrl() + "conversations.create"))
        .header("Authorization", Http.TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

    Http.Reply reply = Http.send(chunked);

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("bad_request");
  }

  @Test
  void theBoundAppliesBeforeAnyCheckOfTheBody() {
    Http.Reply reply = Http.post(devrev.simulator(), "not json " + "x".repeat(LIMIT));

    assertThat(reply.body.get("type").asText()).isEqualTo("bad_request");
  }

  /** A valid create of exactly {@code bytes} bytes. */
  static String bodyOf(int bytes) {
    String head = "{\"type\":\"support\",\"title\":\"";
    String tail = "\"}";
    return head + "t".repeat(bytes - head.length() - tail.length()) + tail;
  }
}
