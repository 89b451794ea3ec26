package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DevRev's published request schema does not forbid fields it does not name, so by default they pass
 * (a client may send a field DevRev added before its model knows it); the strict check refuses them.
 */
class UnknownFieldsTest {
  private static final String TOP_LEVEL = "{\"type\":\"support\",\"colour\":\"red\"}";
  private static final String NESTED = "{\"type\":\"support\",\"metadata\":{\"url_context\":\"https://example.com\",\"colour\":\"red\"}}";
  private static final String IN_AN_ARRAY = "{\"type\":\"support\",\"tags\":[{\"id\":\"don:core:dvrv-us-1:devo/0:tag/1\",\"colour\":\"red\"}]}";

  @Nested
  class ByDefault {
    @RegisterExtension
    final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

    @Test
    void anUnknownTopLevelFieldIsAccepted() {
      assertThat(Http.post(devrev.simulator(), TOP_LEVEL).status).isEqualTo(201);
    }

    @Test
    void anUnknownNestedFieldIsAccepted() {
      Http.Reply reply = Http.post(devrev.simulator(), NESTED);

      assertThat(reply.status).isEqualTo(201);
      assertThat(reply.body.at("/conversation/metadata/url_context").asText()).isEqualTo("https://example.com");
      assertThat(reply.body.at("/conversation/metadata").has("colour")).isFalse();
    }

    @Test
    void anUnknownFieldInAnArrayElementIsAccepted() {
      assertThat(Http.post(devrev.simulator(), IN_AN_ARRAY).status).isEqualTo(201);
    }

    @Test
    void aKnownFieldOfTheWrongTypeIsStillRefused() {
      assertThat(Http.post(devrev.simulator(), "{\"type\":\"support\",\"colour\":\"red\",\"is_spam\":\"no\"}").body
          .get("type").asText()).isEqualTo("unexpected_json_type");
    }
  }

  @Nested
  class Strict {
    @RegisterExtension
    final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension(DevRevSimulator.builder().strictRequests(true));

    @Test
    void anUnknownTopLevelFieldGets400InvalidField() {
      Http.Reply reply = Http.post(devrev.simulator(), TOP_LEVEL);

      assertThat(reply.status).isEqualTo(400);
      assertThat(reply.body.get("type").asText()).isEqualTo("invalid_field");
      assertThat(reply.body.get("field_name").asText()).isEqualTo("colour");
    }

    @Test
    void anUnknownNestedFieldGets400InvalidFieldWithItsPath() {
      assertThat(Http.post(devrev.simulator(), NESTED).body.get("field_name").asText()).isEqualTo("metadata.colour");
    }

    @Test
    void anUnknownFieldInAnArrayElementGets400InvalidFieldWithItsPath() {
      assertThat(Http.post(devrev.simulator(), IN_AN_ARRAY).body.get("field_name").asText()).isEqualTo("tags[0].colour");
    }

    @Test
    void aRequestOfKnownFieldsOnlyIsCreated() {
      assertThat(Http.post(devrev.simulator(), "{\"type\":\"support\",\"title\":\"t\"}").status).isEqualTo(201);
    }
  }
}
