package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void theCommandLineOptionsConfigureTheSimulator() {
    try (DevRevSimulator simulator = Main.parse("--port", "0", "--host", "127.0.0.1", "--token", "cli").start()) {
      Http.Reply wrong = Http.post(simulator, "{\"type\":\"support\"}");
      Http.Reply right = Http.send(simulator, "{\"type\":\"support\"}", "Authorization", "Bearer cli");

      assertThat(wrong.status).isEqualTo(401);
      assertThat(right.status).isEqualTo(201);
    }
  }

  @Test
  void theStrictOptionRefusesUnknownFields() {
    try (DevRevSimulator simulator = Main.parse("--port", "0", "--strict").start()) {
      assertThat(Http.post(simulator, "{\"type\":\"support\",\"colour\":\"red\"}").body.get("type").asText())
          .isEqualTo("invalid_field");
    }
  }

  @Test
  void theBoundsAndTheRateLimitAreOptions() {
    try (DevRevSimulator simulator = Main.parse("--port", "0", "--max-request-bytes", "20", "--rate-limit", "1/300",
        "--journal-exchanges", "1", "--journal-bytes", "1000000", "--threads", "2", "--read-timeout-ms", "2000").start()) {
      assertThat(Http.post(simulator, "{\"type\":\"support\",\"title\":\"too long\"}").body.get("type").asText())
          .isEqualTo("bad_request");
      assertThat(Http.post(simulator, "{\"type\":\"support\"}").status).isEqualTo(429);
      assertThat(simulator.exchanges()).hasSize(1);
    }
  }

  @Test
  void aRateLimitWithoutAWindowIsRefused() {
    assertThatThrownBy(() -> Main.parse("--rate-limit", "100")).hasMessageContaining("REQUESTS/SECONDS");
  }

  @Test
  void helpAsksForUsage() {
    assertThat(Main.parse("--help")).isNull();
  }

  @Test
  void anUnknownOptionIsRefused() {
    assertThatThrownBy(() -> Main.parse("--verbose", "yes")).hasMessageContaining("--verbose");
  }

  @Test
  void aPortThatIsNotANumberIsRefused() {
    assertThatThrownBy(() -> Main.parse("--port", "eighty")).hasMessageContaining("eighty");
  }
}
