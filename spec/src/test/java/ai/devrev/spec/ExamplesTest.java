package ai.devrev.spec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.spec.SpecFixture.Example;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The document's examples cover what consumers and the simulator rely on: every status, the minimal and
 * the full request, users of every kind, both 400 kinds. That each example is valid against its schema
 * (and that invalid bodies are caught) is checked in the simulator module, by the same validation copy of
 * the document the simulator serves with ({@code SpecValidatorsTest}).
 */
class ExamplesTest {

  static List<Example> examples() {
    return SpecFixture.examples();
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

  private static JsonNode example(String status, String name) {
    return examples().stream()
        .filter(example -> example.name.equals(name) && (status == null ? example.isRequest() : status.equals(example.status)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No example " + name + " for " + (status == null ? "the request" : status)))
        .value;
  }

}
