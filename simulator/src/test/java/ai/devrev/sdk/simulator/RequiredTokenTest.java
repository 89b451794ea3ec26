package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequiredTokenTest {
  @RegisterExtension
  final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension(DevRevSimulator.builder().requiredToken("s3cret"));

  @Test
  void anotherTokenGets401() {
    Http.Reply reply = Http.send(devrev.simulator(), new Request.Builder().header("Authorization", "Bearer other"),
        "{\"type\":\"support\"}");

    assertThat(reply.status).isEqualTo(401);
  }

  @Test
  void theRequiredTokenIsAccepted() {
    Http.Reply reply = Http.send(devrev.simulator(), new Request.Builder().header("Authorization", "Bearer s3cret"),
        "{\"type\":\"support\"}");

    assertThat(reply.status).isEqualTo(201);
  }
}
