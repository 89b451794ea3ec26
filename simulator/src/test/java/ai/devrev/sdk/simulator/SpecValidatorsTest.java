package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.spec.walker.SpecDocument;
import ai.devrev.spec.walker.ValidationCopy;
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
  private static final OpenApiInteractionValidator VALIDATOR = SpecValidators.builder().build();

  /** The copy the jar ships is the one the walker writes of the spec it ships beside: never stale. */
  @Test
  void theShippedValidationCopyIsTheCopyOfOurSpec() {
    assertThat(SpecValidators.validationCopy()).isEqualTo(copyOf(SpecValidators.ourSpec()));
  }

  /** The simulator answers from the copy's examples: each must be the spec's, value for value. */
  @Test
  void theValidationCopyKeepsEveryExampleOfTheSpec() throws Exception {
    JsonNode copy = new ObjectMapper().readTree(SpecValidators.validationCopy()).at("/paths/~1conversations.create/post");
    JsonNode requests = operation().at("/requestBody/content/application~1json/examples");
    assertThat(copy.at("/requestBody/content/application~1json/examples")).isEqualTo(requests);
    int[] count = {0};
    operation().get("responses").fieldNames().forEachRemaining(status -> {
      JsonNode examples = responseDefinition(status).at("/content/application~1json/examples");
      count[0] += examples.size();
      assertThat(copy.at("/responses/" + status + "/content/application~1json/examples")).as(status).isEqualTo(examples);
    });
    assertThat(count[0]).isEqualTo(8);
  }

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
  void thePublishedContractsLevelsLetAnUnknownFieldPass() {
    OpenApiInteractionValidator lenient = SpecValidators.builder()
        .withLevelResolver(SpecValidators.publishedContractLevels()).build();

    assertThat(lenient.validateRequest(request("{\"type\":\"support\",\"colour\":\"red\"}")).hasErrors()).isFalse();
    assertThat(VALIDATOR.validateRequest(request("{\"type\":\"support\",\"colour\":\"red\"}")).hasErrors()).isTrue();
  }

  /** Leniency is for what the document leaves open: a schema closed by its own words stays closed. */
  @Test
  void thePublishedContractsLevelsStillEnforceAnExplicitAdditionalPropertiesFalse() {
    String closed = SpecValidators.ourSpec().replace(
        "    conversations-create-request:\n      description: What to send to create a conversation. Only `type` is required.\n      type: object\n",
        "    conversations-create-request:\n      description: What to send to create a conversation. Only `type` is required.\n      type: object\n"
            + "      additionalProperties: false\n");
    assertThat(closed).isNotEqualTo(SpecValidators.ourSpec());
    OpenApiInteractionValidator lenient = OpenApiInteractionValidator.createForInlineApiSpecification(copyOf(closed))
        .withLevelResolver(SpecValidators.publishedContractLevels()).build();

    assertRejected(lenient.validateRequest(request("{\"type\":\"support\",\"colour\":\"red\"}")), "colour");
    assertThat(lenient.validateRequest(request("{\"type\":\"support\",\"title\":\"t\"}")).hasErrors()).isFalse();
  }

  @Test
  void globalSecurityIsDeclaredOnTheOperationOfTheValidationCopy() throws Exception {
    String documentWithGlobalSecurityOnly = SpecValidators.ourSpec().replaceFirst("(?m)^      security:\\n      - auth-token: \\[\\]\\n", "");
    assertThat(documentWithGlobalSecurityOnly).isNotEqualTo(SpecValidators.ourSpec());
    JsonNode prepared = new ObjectMapper().readTree(copyOf(documentWithGlobalSecurityOnly));
    assertThat(prepared.at("/paths/~1conversations.create/post/security/0").has("auth-token")).isTrue();
  }

  // Each body below breaks the schema in one place; the validation copy must notice.

  @Test
  void aCreatedDateThatIsANumberIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("201", "full");
    ((ObjectNode) body.get("conversation")).put("created_date", 42);
    assertRejected(validateResponse(201, body), "created_date");
  }

  @Test
  void aCreatedDateThatIsNotADateTimeIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("201", "full");
    ((ObjectNode) body.get("conversation")).put("created_date", "yesterday");
    assertRejected(validateResponse(201, body), "date-time");
  }

  @Test
  void aRequestWithoutTypeIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) operation().at("/requestBody/content/application~1json/examples/full/value").deepCopy();
    body.remove("type");
    assertRejected(VALIDATOR.validateRequest(request(body.toString())), "type");
  }

  @Test
  void aConversationTypeDevRevDoesNotHaveIsRejected() {
    assertRejected(VALIDATOR.validateRequest(request("{\"type\":\"chat\"}")), "chat");
  }

  @Test
  void aUserKindTheDiscriminatorDoesNotMapIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("201", "full");
    ((ObjectNode) body.at("/conversation/members/0")).put("type", "robot");
    assertRejected(validateResponse(201, body), "/conversation/members/0/type");
  }

  @Test
  void aUserWithoutTheIdEveryKindRequiresIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("201", "full");
    for (JsonNode member : body.at("/conversation/members")) {
      if (member.get("type").asText().equals("service_account")) {
        ((ObjectNode) member).remove("id");
      }
    }
    assertRejected(validateResponse(201, body), "missing required properties ([\"id\"])");
  }

  /** References are the 21-kind atom union; an issue is work, and work requires a title. */
  @Test
  void anIssueReferenceWithoutTheTitleWorkRequiresIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("201", "full");
    for (JsonNode reference : body.at("/conversation/messages/0/references")) {
      if (reference.get("type").asText().equals("issue")) {
        ((ObjectNode) reference).remove("title");
      }
    }
    assertRejected(validateResponse(201, body), "missing required properties ([\"title\"])");
  }

  /** The discriminator picks the member, so the member's own required fields apply. */
  @Test
  void anErrorKindMissingAFieldItsMemberRequiresIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("400", "artifact-already-attached");
    body.remove("existing_parent");
    assertRejected(validateResponse(400, body), "existing_parent");
  }

  /** Members written {@code additionalProperties: false} close the merged object. */
  @Test
  void aFieldAnEmptyErrorKindDoesNotHaveIsRejected() throws Exception {
    ObjectNode body = (ObjectNode) responseExample("401", "unauthenticated");
    body.put("retry_after", 30);
    assertRejected(validateResponse(401, body), "retry_after");
  }

  @Test
  void anErrorBodyOfAnotherStatusIsRejected() throws Exception {
    assertRejected(validateResponse(503, responseExample("401", "unauthenticated")), "unauthenticated");
  }

  private static void assertRejected(ValidationReport report, String mentioning) {
    StringBuilder text = new StringBuilder();
    for (ValidationReport.Message message : report.getMessages()) {
      text.append('\n').append(message.getKey()).append(": ").append(message.getMessage());
      message.getAdditionalInfo().forEach(info -> text.append("\n    ").append(info));
      message.getNestedMessages().forEach(nested -> text.append("\n    ").append(nested.getKey()).append(": ").append(nested.getMessage()));
    }
    assertThat(report.hasErrors()).as("expected errors, got%s", text).isTrue();
    assertThat(text.toString()).contains(mentioning);
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
    return responseDefinition(status).at("/content/application~1json/examples/" + name + "/value").deepCopy();
  }

  private static JsonNode responseDefinition(String status) {
    try {
      JsonNode response = operation().get("responses").get(status);
      return response.has("$ref") ? YAML.readTree(SpecValidators.ourSpec()).at(response.get("$ref").asText().substring(1)) : response;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the simulator's build writes of {@code document}: the validation copy, by spec-walker. */
  private static String copyOf(String document) {
    return ValidationCopy.json(SpecDocument.parse("our spec", document), SpecValidators.PATH);
  }
}
