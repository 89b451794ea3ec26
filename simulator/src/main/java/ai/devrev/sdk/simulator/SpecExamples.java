package ai.devrev.sdk.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The example bodies of our spec's {@code conversations.create}: what the simulator's answers start from.
 * Read from the validation copy, whose responses are written in place of their references.
 */
final class SpecExamples {
  private final JsonNode operation;

  SpecExamples(JsonNode document) {
    this.operation = document.path("paths").path(SpecValidators.PATH).path("post");
  }

  /** A copy of the conversation of the 201 example {@code full}. */
  ObjectNode createdConversation() {
    return (ObjectNode) example("201", "full")
        .orElseThrow(() -> new IllegalStateException("The spec has no 201 example 'full'"))
        .get("conversation").deepCopy();
  }

  /** A copy of the named request example. */
  Optional<ObjectNode> request(String name) {
    return Optional.ofNullable(operation.at("/requestBody/content/application~1json/examples").get(name))
        .map(example -> (ObjectNode) example.get("value").deepCopy());
  }

  /** A copy of the named example of {@code status} (or its first, if {@code name} is null). */
  Optional<ObjectNode> example(String status, String name) {
    JsonNode examples = operation.path("responses").path(status).at("/content/application~1json/examples");
    if (name != null) {
      return Optional.ofNullable(examples.get(name)).map(example -> (ObjectNode) example.get("value").deepCopy());
    }
    Iterator<Map.Entry<String, JsonNode>> all = examples.fields();
    return all.hasNext() ? Optional.of((ObjectNode) all.next().getValue().get("value").deepCopy()) : Optional.empty();
  }
}
