package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequiredTokenTest {
  @RegisterExtension
  final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension(DevRevSimulator.builder().requiredToken("s3cret"));

  @Test
  void anotherTokenGets401() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", "Bearer other");

    assertThat(reply.status).isEqualTo(401);
  }

  @Test
  void theRequiredTokenIsAccepted() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", "Bearer s3cret");

    assertThat(reply.status).isEqualTo(201);
  }
}
