package ai.devrev.spec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.spec.SpecFixture.Example;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in the document is valid against its schema, checked by Atlassian's validator with
 * discriminators honoured (see {@link DiscriminatorResolution}); and that check does reject invalid bodies.
 */
class ExamplesTest {

  static List<Example> examples() {
    return SpecFixture.examples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleIsValidAgainstItsSchema(Example example) {
    ValidationReport report = example.isRequest()
        ? SpecFixture.validateRequest(example.value)
        : SpecFixture.validateResponse(example.status, example.value);

    assertThat(report.getMessages()).as("%s%s", example, SpecFixture.describe(report)).isEmpty();
  }

  @Test
  void everyDeclaredStatusHasAnExample() {
    Set<String> declared = new TreeSet<>();
    SpecFixture.operation().path("responses").fieldNames().forEachRemaining(declared::add);
    Set<String> exemplified = examples().stream()
        .filter(example -> !example.isRequest())
        .map(example -> example.status)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(declared).containsExactly("201", "400", "401", "403", "429", "500", "503");
    assertThat(exemplified).isEqualTo(declared);
  }

  @Test
  void requestExamplesAreTheMinimalOneAndOneWithEveryProperty() {
    JsonNode requestSchema = SpecFixture.document().path("components").path("schemas").path("conversations-create-request");
    Set<String> properties = new TreeSet<>();
    requestSchema.path("properties").fieldNames().forEachRemaining(properties::add);

    assertThat(example(null, "minimal")).isEqualTo(SpecFixture.JSON.createObjectNode().put("type", "support"));
    Set<String> full = new TreeSet<>();
    example(null, "full").fieldNames().forEachRemaining(full::add);
    assertThat(full).isEqualTo(properties);
  }

  @Test
  void responseExampleShowsUsersOfEveryKind() {
    String full = example("201", "full").toString();

    for (String kind : List.of("dev_user", "rev_user", "service_account", "sys_user")) {
      assertThat(full).contains("\"type\":\"" + kind + "\"");
    }
  }

  @Test
  void badRequestExamplesCoverAnAttachedArtifactAndAMissingField() {
    assertThat(SpecFixture.response("400").path("content").path("application/json").path("examples").findValuesAsText("type"))
        .contains("artifact_already_attached_to_a_parent", "missing_required_field");
  }

  // The validation can fail: each of these bodies breaks the schema in one place.

  @Test
  void rejectsACreatedDateThatIsANumber() {
    ObjectNode body = example("201", "full").deepCopy();
    ((ObjectNode) body.get("conversation")).put("created_date", 42);

    assertRejected(SpecFixture.validateResponse("201", body), "created_date");
  }

  @Test
  void rejectsACreatedDateThatIsNotADateTime() {
    ObjectNode body = example("201", "full").deepCopy();
    ((ObjectNode) body.get("conversation")).put("created_date", "yesterday");

    assertRejected(SpecFixture.validateResponse("201", body), "date-time");
  }

  @Test
  void rejectsARequestWithoutType() {
    ObjectNode body = example(null, "full").deepCopy();
    body.remove("type");

    assertRejected(SpecFixture.validateRequest(body), "type");
  }

  @Test
  void rejectsAConversationTypeDevRevDoesNotHave() {
    ObjectNode body = SpecFixture.JSON.createObjectNode().put("type", "chat");

    assertRejected(SpecFixture.validateRequest(body), "chat");
  }

  @Test
  void rejectsARequestWithoutAToken() {
    assertRejected(SpecFixture.validateRequest(example(null, "minimal"), null), "security.missing");
  }

  @Test
  void rejectsAUserKindTheDiscriminatorDoesNotMap() {
    ObjectNode body = example("201", "full").deepCopy();
    ((ObjectNode) body.get("conversation").get("members").get(0)).put("type", "robot");

    assertRejected(SpecFixture.validateResponse("201", body), "/conversation/members/0/type");
  }

  @Test
  void rejectsAUserWithoutTheIdEveryKindRequires() {
    ObjectNode body = example("201", "full").deepCopy();
    ArrayNode members = (ArrayNode) body.get("conversation").get("members");
    for (JsonNode member : members) {
      if (member.get("type").asText().equals("service_account")) {
        ((ObjectNode) member).remove("id");
      }
    }

    assertRejected(SpecFixture.validateResponse("201", body), "missing required properties ([\"id\"])");
  }

  /** References are the 21-kind atom union; an issue is work, and work requires a title. */
  @Test
  void rejectsAnIssueReferenceWithoutTheTitleWorkRequires() {
    ObjectNode body = example("201", "full").deepCopy();
    for (JsonNode reference : body.get("conversation").get("messages").get(0).get("references")) {
      if (reference.get("type").asText().equals("issue")) {
        ((ObjectNode) reference).remove("title");
      }
    }

    assertRejected(SpecFixture.validateResponse("201", body), "missing required properties ([\"title\"])");
  }

  /** The discriminator picks the member, so the member's own required fields apply. */
  @Test
  void rejectsAnErrorKindMissingAFieldItsMemberRequires() {
    ObjectNode body = example("400", "artifact-already-attached").deepCopy();
    body.remove("existing_parent");

    assertRejected(SpecFixture.validateResponse("400", body), "existing_parent");
  }

  /** Members written {@code additionalProperties: false} close the merged object. */
  @Test
  void rejectsAFieldAnEmptyErrorKindDoesNotHave() {
    ObjectNode body = example("401", "unauthenticated").deepCopy();
    body.put("retry_after", 30);

    assertRejected(SpecFixture.validateResponse("401", body), "retry_after");
  }

  @Test
  void rejectsAnErrorBodyOfAnotherStatus() {
    assertRejected(SpecFixture.validateResponse("503", example("401", "unauthenticated")), "unauthenticated");
  }

  @Test
  void resolvesIdenticallyShapedUsersToOneBranchPerKind() {
    List<ObjectNode> branches = DiscriminatorResolution.branchesOf(SpecFixture.document(), "user-summary");

    assertThat(branches).extracting(branch -> branch.at("/properties/type/allOf/1/enum/0").asText())
        .containsExactly("dev_user", "rev_user", "service_account", "sys_user");
    assertThat(branches).allSatisfy(branch -> assertThat(branch.get("required").toString()).contains("\"type\"", "\"id\""));
  }

  private static JsonNode example(String status, String name) {
    return examples().stream()
        .filter(example -> example.name.equals(name) && (status == null ? example.isRequest() : status.equals(example.status)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No example " + name + " for " + (status == null ? "the request" : status)))
        .value;
  }

  private static void assertRejected(ValidationReport report, String mentioning) {
    assertThat(report.hasErrors()).as("expected errors, got%s", SpecFixture.describe(report)).isTrue();
    assertThat(SpecFixture.describe(report)).contains(mentioning);
  }
}
