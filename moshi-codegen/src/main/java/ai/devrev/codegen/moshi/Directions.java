package ai.devrev.codegen.moshi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which schemas requests carry and which responses carry, so Javadoc can say who sends unknown fields. */
@SuppressWarnings("rawtypes")
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
      // Shared bodies, parameters and responses are reached through $refs of their own kind.
      addIfPresent(sent, openAPI.getComponents().getRequestBodies());
      addIfPresent(sent, openAPI.getComponents().getParameters());
      addIfPresent(received, openAPI.getComponents().getResponses());
    }
    Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
        ? Map.of() : openAPI.getComponents().getSchemas();
    return new Directions(closure(sent, schemas), closure(received, schemas));
  }

  private static void addIfPresent(List<Object> nodes, Object node) {
    if (node != null) {
      nodes.add(node);
    }
  }

  private static Set<String> closure(List<Object> roots, Map<String, Schema> schemas) {
    Set<String> seen = new LinkedHashSet<>();
    List<Object> pending = new ArrayList<>(roots);
    while (!pending.isEmpty()) {
      Object node = pending.remove(pending.size() - 1);
      for (String name : References.in(node)) {
        if (schemas.containsKey(name) && seen.add(name)) {
          pending.add(schemas.get(name));
        }
      }
    }
    return seen;
  }

  /** {@code request}, {@code response} or {@code both} (also for schemas no operation reaches). */
  String of(String schema) {
    boolean sent = requests.contains(schema);
    boolean received = responses.contains(schema);
    return sent && !received ? "request" : received && !sent ? "response" : "both";
  }
}
