package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies that are not one JSON object get DevRev's error for what is wrong with them, never a 201; the
 * extension fails any test whose answer the spec rejects.
 */
class MalformedBodiesTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

  @Test
  void twoJsonValuesInOneBodyGet400ParseError() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\"}{\"type\":\"support\"}");

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("parse_error");
  }

  @Test
  void aBodyThatIsNotUtf8Gets400ParseError() {
    byte[] latin1 = "{\"type\":\"support\",\"title\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

    Http.Reply reply = Http.raw(devrev.simulator(), "/conversations.create", latin1,
        "Authorization", Http.TOKEN, "Content-Type", "application/json");

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("parse_error");
    assertThat(reply.body.get("detail").asText()).contains("UTF-8");
  }

  @Test
  void aBodyWithoutContentTypeGets400BadRequest() {
    Http.Reply reply = Http.raw(devrev.simulator(), "/conversations.create",
        "{\"type\":\"support\"}".getBytes(StandardCharsets.UTF_8), "Authorization", Http.TOKEN);

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("bad_request");
    assertThat(reply.body.get("detail").asText()).contains("Content-Type");
  }

  @Test
  void aBodyDeclaredAsAnotherMediaTypeGets400BadRequest() {
    Http.Reply reply = Http.raw(devrev.simulator(), "/conversations.create",
        "{\"type\":\"support\"}".getBytes(StandardCharsets.UTF_8), "Authorization", Http.TOKEN, "Content-Type", "text/plain");

    assertThat(reply.body.get("type").asText()).isEqualTo("bad_request");
  }

  @Test
  void aJsonContentTypeWithACharsetIsAccepted() {
    Http.Reply reply = Http.raw(devrev.simulator(), "/conversations.create",
        "{\"type\":\"support\"}".getBytes(StandardCharsets.UTF_8), "Authorization", Http.TOKEN,
        "Content-Type", "application/json; charset=utf-8");

    assertThat(reply.status).isEqualTo(201);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "[1,2]|array",
      "\"support\"|string",
      "42|number",
      "true|bool",
      "null|null"})
  void aBodyThatIsNotAnObjectGets400UnexpectedJsonTypeWithItsTrueType(String body, String type) {
    Http.Reply reply = Http.post(devrev.simulator(), body);

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("unexpected_json_type");
    assertThat(reply.body.get("actual").asText()).isEqualTo(type);
    assertThat(reply.body.get("expected").asText()).isEqualTo("object");
    assertThat(reply.body.get("field_name").asText()).isEqualTo("$");
  }

  @Test
  void aKeyGivenTwiceGets400ParseError() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\",\"title\":\"a\",\"title\":\"b\"}");

    assertThat(reply.body.get("type").asText()).isEqualTo("parse_error");
  }

  @Test
  void deepNestingGets400ParseError() {
    String deep = "{\"type\":\"support\",\"custom_fields\":{\"tnt__x\":" + "[".repeat(5000) + "]".repeat(5000) + "}}";

    Http.Reply reply = Http.post(devrev.simulator(), deep);

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("parse_error");
  }

  @Test
  void anEmptyBodyGets400ParseError() {
    assertThat(Http.post(devrev.simulator(), "").body.get("type").asText()).isEqualTo("parse_error");
  }

  @Test
  void theJournalKeepsABodyThatIsNotUtf8WithTheBadBytesReplaced() {
    byte[] body = {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    Http.raw(devrev.simulator(), "/conversations.create", body, "Authorization", Http.TOKEN, "Content-Type", "application/json");

    assertThat(devrev.simulator().lastExchange().body()).contains("\uFFFD");
  }
}
