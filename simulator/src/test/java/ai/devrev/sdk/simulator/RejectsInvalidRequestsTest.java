package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RejectsInvalidRequestsTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

  @Test
  void aRequestWithoutAuthorizationGets401Unauthenticated() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}");

    assertThat(reply.status).isEqualTo(401);
    assertThat(reply.body.get("type").asText()).isEqualTo("unauthenticated");
  }

  @Test
  void aTokenThatIsNotABearerTokenGets401() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", "Basic dXNlcjpwYXNz");

    assertThat(reply.status).isEqualTo(401);
  }

  @Test
  void aBlankBearerTokenGets401() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", "Bearer  ");

    assertThat(reply.status).isEqualTo(401);
  }

  @Test
  void aMissingTypeGets400MissingRequiredFieldNamingIt() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"title\":\"no type\"}");

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("missing_required_field");
    assertThat(reply.body.get("field_name").asText()).isEqualTo("type");
  }

  @Test
  void aTagWithoutIdGets400MissingRequiredFieldWithItsPath() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\",\"tags\":[{\"value\":\"high\"}]}");

    assertThat(reply.body.get("type").asText()).isEqualTo("missing_required_field");
    assertThat(reply.body.get("field_name").asText()).isEqualTo("tags[0].id");
  }

  @Test
  void anUnknownConversationTypeGets400InvalidEnumValue() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"sales\"}");

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("invalid_enum_value");
    assertThat(reply.body.get("field_name").asText()).isEqualTo("type");
    assertThat(reply.body.get("value").asText()).isEqualTo("sales");
    assertThat(reply.body.get("allowed_values")).extracting(node -> node.asText()).containsExactly("support");
  }

  @Test
  void aValueOfTheWrongJsonTypeGets400UnexpectedJsonType() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\",\"is_spam\":\"no\"}");

    assertThat(reply.body.get("type").asText()).isEqualTo("unexpected_json_type");
    assertThat(reply.body.get("field_name").asText()).isEqualTo("is_spam");
    assertThat(reply.body.get("actual").asText()).isEqualTo("string");
    assertThat(reply.body.get("expected").asText()).isEqualTo("bool");
  }

  @Test
  void aValueOfTheWrongJsonTypeInsideAnArrayNamesItsPath() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\",\"members\":[7]}");

    assertThat(reply.body.get("type").asText()).isEqualTo("unexpected_json_type");
    assertThat(reply.body.get("field_name").asText()).isEqualTo("members[0]");
    assertThat(reply.body.get("actual").asText()).isEqualTo("number");
    assertThat(reply.body.get("expected").asText()).isEqualTo("string");
  }

  @Test
  void anotherMethodGets405AndAHeadRequestItsHeadersOnly() {
    URI endpoint = URI.create(devrev.baseUrl() + "conversations.create");

    Http.Reply get = Http.send(HttpRequest.newBuilder(endpoint).GET().build());
    Http.Reply head = Http.send(HttpRequest.newBuilder(endpoint)
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

    assertThat(get.status).isEqualTo(405);
    assertThat(get.header("Allow")).contains("POST");
    assertThat(head.status).isEqualTo(405);
    assertThat(head.body.isMissingNode()).isTrue();
    assertThat(devrev.simulator().exchanges()).extracting(SimulatedExchange::method).containsExactly("GET", "HEAD");
  }

  @Test
  void anotherPathGets404() {
    assertThat(Http.raw(devrev.simulator(), "/works.create", "{}".getBytes(StandardCharsets.UTF_8),
        "Authorization", Http.TOKEN, "Content-Type", "application/json").status).isEqualTo(404);
  }

  @Test
  void aBodyThatIsNotJsonGets400ParseError() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":");

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("parse_error");
  }

  @Test
  void everyRejectionIsABodyTheSpecAccepts() {
    Http.post(devrev.simulator(), "{\"title\":\"no type\"}");
    Http.post(devrev.simulator(), "{\"type\":\"sales\"}");
    Http.post(devrev.simulator(), "{\"type\":\"support\",\"is_spam\":\"no\"}");
    Http.post(devrev.simulator(), "not json");
    Http.send(devrev.simulator(), "{\"type\":\"support\"}");

    assertThat(devrev.simulator().exchanges()).hasSize(5)
        .allSatisfy(exchange -> assertThat(exchange.responseProblems()).isEmpty());
  }
}
