package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecValidatorsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final OpenApiInteractionValidator VALIDATOR =
      SpecValidators.builderFor(SpecValidators.ourSpec()).build();

  @Test
  void everyRequestExampleOfTheSpecIsValid() throws Exception {
    JsonNode examples = operation().at("/requestBody/content/application~1json/examples");
    List<String> problems = new ArrayList<>();
    examples.fields().forEachRemaining(example -> {
      ValidationReport report = VALIDATOR.validateRequest(request(example.getValue().get("value").toString()));
      report.getMessages().forEach(message -> problems.add(example.getKey() + ": " + message));
    });
    assertThat(examples.size()).isEqualTo(2);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyResponseExampleOfTheSpecIsValid() throws Exception {
    JsonNode document = YAML.readTree(SpecValidators.ourSpec());
    List<String> problems = new ArrayList<>();
    int[] count = {0};
    operation().get("responses").fields().forEachRemaining(response -> {
      JsonNode definition = response.getValue();
      if (definition.has("$ref")) {
        definition = document.at(definition.get("$ref").asText().substring(1));
      }
      definition.at("/content/application~1json/examples").fields().forEachRemaining(example -> {
        count[0]++;
        ValidationReport report = validateResponse(Integer.parseInt(response.getKey()), example.getValue().get("value"));
        report.getMessages().forEach(message -> problems.add(response.getKey() + " " + example.getKey() + ": " + message));
      });
    });
    assertThat(count[0]).isEqualTo(8);
    assertThat(problems).isEmpty();
  }

  @Test
  void aUserWhoseFieldsBelongToNoMemberOfItsTypeIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("201", "full");
    ((ObjectNode) body.at("/conversation/members/0")).put("type", "rev_user").put("no_such_field", 1);
    assertThat(validateResponse(201, body).hasErrors()).isTrue();
  }

  @Test
  void anErrorKindTheUnionDoesNotKnowIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("400", "missing-required-field");
    body.put("type", "no_such_kind");
    assertThat(validateResponse(400, body).hasErrors()).isTrue();
  }

  @Test
  void aFieldOfAnotherErrorKindIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("400", "missing-required-field");
    body.put("existing_parent", "don:core:dvrv-us-1:devo/0:issue/7");
    assertThat(validateResponse(400, body).hasErrors()).isTrue();
  }

  @Test
  void aRequestWithoutBearerTokenIsRejected() {
    Request request = SimpleRequest.Builder.post(SpecValidators.PATH)
        .withContentType("application/json").withBody("{\"type\":\"support\"}").build();
    assertThat(VALIDATOR.validateRequest(request).hasErrors()).isTrue();
  }

  @Test
  void globalSecurityIsDeclaredOnTheOperationOfTheValidationCopy() throws Exception {
    String documentWithGlobalSecurityOnly = SpecValidators.ourSpec().replaceFirst("(?m)^      security:\\n      - auth-token: \\[\\]\\n", "");
    assertThat(documentWithGlobalSecurityOnly).isNotEqualTo(SpecValidators.ourSpec());
    JsonNode prepared = new ObjectMapper().readTree(SpecValidators.prepare(documentWithGlobalSecurityOnly));
    assertThat(prepared.at("/paths/~1conversations.create/post/security/0").has("auth-token")).isTrue();
  }

  private static ValidationReport validateResponse(int status, JsonNode body) {
    return VALIDATOR.validateResponse(SpecValidators.PATH, Request.Method.POST,
        SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body.toString()).build());
  }

  private static Request request(String body) {
    return SimpleRequest.Builder.post(SpecValidators.PATH).withAuthorization("Bearer t")
        .withContentType("application/json").withBody(body).build();
  }

  private static JsonNode operation() throws Exception {
    return YAML.readTree(SpecValidators.ourSpec()).at("/paths/~1conversations.create/post");
  }

  private static JsonNode responseExample(String status, String name) throws Exception {
    JsonNode document = YAML.readTree(SpecValidators.ourSpec());
    JsonNode response = operation().at("/responses/" + status);
    if (response.has("$ref")) {
      response = document.at(response.get("$ref").asText().substring(1));
    }
    return response.at("/content/application~1json/examples/" + name + "/value").deepCopy();
  }
}
