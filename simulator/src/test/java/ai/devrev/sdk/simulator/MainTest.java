package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.Request;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void theCommandLineOptionsConfigureTheSimulator() {
    try (DevRevSimulator simulator = Main.parse("--port", "0", "--host", "127.0.0.1", "--token", "cli").start()) {
      Http.Reply wrong = Http.post(simulator, "{\"type\":\"support\"}");
      Http.Reply right = Http.send(simulator, new Request.Builder().header("Authorization", "Bearer cli"), "{\"type\":\"support\"}");

      assertThat(wrong.status).isEqualTo(401);
      assertThat(right.status).isEqualTo(201);
    }
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
