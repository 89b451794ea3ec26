package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DevRev reads the API version from {@code x-devrev-version}. Without the header DevRev answers in its
 * default version, so the simulator accepts a request without it; a version other than the one our spec
 * describes gets DevRev's 400 {@code invalid_api_version}.
 */
class ApiVersionTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

  @Test
  void theSpecsVersionIsAccepted() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", Http.TOKEN,
        "x-devrev-version", "2024-01-24");

    assertThat(reply.status).isEqualTo(201);
    assertThat(devrev.simulator().lastExchange().header("X-DevRev-Version")).contains("2024-01-24");
  }

  @Test
  void aRequestWithoutTheHeaderIsAccepted() {
    assertThat(Http.post(devrev.simulator(), "{\"type\":\"support\"}").status).isEqualTo(201);
  }

  @Test
  void anotherVersionGets400InvalidApiVersionNamingIt() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", Http.TOKEN,
        "x-devrev-version", "2022-10-20");

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("invalid_api_version");
    assertThat(reply.body.get("value").asText()).isEqualTo("2022-10-20");
  }

  @Test
  void aVersionThatIsNoDateGets400InvalidApiVersion() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", Http.TOKEN,
        "X-DevRev-Version", "latest");

    assertThat(reply.body.get("type").asText()).isEqualTo("invalid_api_version");
    assertThat(reply.body.get("value").asText()).isEqualTo("latest");
  }

  @Test
  void theVersionIsCheckedAfterTheToken() {
    assertThat(Http.send(devrev.simulator(), "{\"type\":\"support\"}", "x-devrev-version", "latest").status).isEqualTo(401);
  }
}
