package ai.devrev.codegen.moshi;

import ai.devrev.spec.walker.SpecDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which schemas requests carry and which responses carry, so Javadoc can say who sends unknown fields. */
final class Directions {
  private final Set<String> requests;
  private final Set<String> responses;

  private Directions(Set<String> requests, Set<String> responses) {
    this.requests = requests;
    this.responses = responses;
  }

  static Directions of(OpenAPI openAPI) {
    List<Object> sent = new ArrayList<>();
    List<Object> received = new ArrayList<>();
    if (openAPI.getPaths() != null) {
      for (PathItem item : openAPI.getPaths().values()) {
        if (item.getParameters() != null) {
          sent.add(item.getParameters());
        }
        for (Operation operation : item.readOperations()) {
          if (operation.getRequestBody() != null) {
            sent.add(operation.getRequestBody());
          }
          if (operation.getParameters() != null) {
            sent.add(operation.getParameters());
          }
          if (operation.getResponses() != null) {
            received.add(operation.getResponses());
          }
        }
      }
    }
    if (openAPI.getComponents() != null) {
      // Shared bodies, parameters and responses count whether or not an operation names them.
      addIfPresent(sent, openAPI.getComponents().getRequestBodies());
      addIfPresent(sent, openAPI.getComponents().getParameters());
      addIfPresent(received, openAPI.getComponents().getResponses());
    }
    SpecDocument document = SpecDocument.of("the flattened document", openAPI);
    return new Directions(SchemaFlattener.reachableSchemas(document, sent.toArray()),
        SchemaFlattener.reachableSchemas(document, received.toArray()));
  }

  private static void addIfPresent(List<Object> nodes, Object node) {
    if (node != null) {
      nodes.add(node);
    }
  }

  /** {@code request}, {@code response} or {@code both} (also for schemas no operation reaches). */
  String of(String schema) {
    boolean sent = requests.contains(schema);
    boolean received = responses.contains(schema);
    return sent && !received ? "request" : received && !sent ? "response" : "both";
  }
}
