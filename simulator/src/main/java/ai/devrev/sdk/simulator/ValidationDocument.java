package ai.devrev.sdk.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The copy of an OpenAPI document that Atlassian's validator checks faithfully, for one path.
 *
 * <p>Three changes, each for a known gap of the validator: only the path and the components it reaches
 * are kept (DevRev's published document has thousands of schemas); the document's global
 * {@code security} is declared on the operations that have none (the validator reads only
 * operation-level security); and every schema goes through {@link ValidationSchemaRewriter}, because the
 * validator ignores {@code oneOf} discriminators (swagger-request-validator issue 771) and misreads
 * {@code additionalProperties} across {@code allOf}.
 */
final class ValidationDocument {
  private static final String COMPONENTS = "#/components/";

  private ValidationDocument() {}

  static ObjectNode prepare(JsonNode document, String path) {
    JsonNode pathItem = document.path("paths").get(path);
    if (pathItem == null) {
      throw new IllegalArgumentException("The document has no path " + path);
    }
    ObjectNode prepared = ((ObjectNode) document).deepCopy();
    ObjectNode item = pathItem.deepCopy();
    declareSecurityOnOperations(item, document.get("security"));
    prepared.putObject("paths").set(path, item);

    ObjectNode components = prepared.putObject("components");
    JsonNode original = document.path("components");
    for (String ref : reachable(item, original)) {
      String[] kindAndName = ref.substring(COMPONENTS.length()).split("/", 2);
      JsonNode target = original.path(kindAndName[0]).path(kindAndName[1]);
      ObjectNode kind = components.has(kindAndName[0]) ? (ObjectNode) components.get(kindAndName[0]) : components.putObject(kindAndName[0]);
      kind.set(kindAndName[1], target.deepCopy());
    }
    if (original.has("securitySchemes")) {
      components.set("securitySchemes", original.get("securitySchemes").deepCopy());
    }

    ValidationSchemaRewriter rewriter = new ValidationSchemaRewriter((ObjectNode) original.path("schemas"));
    if (components.has("schemas")) {
      ObjectNode schemas = (ObjectNode) components.get("schemas");
      Set<String> names = new LinkedHashSet<>();
      schemas.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        schemas.set(name, rewriter.normalize(original.path("schemas").get(name)));
      }
    }
    normalizeInlineSchemas(prepared, rewriter);
    return prepared;
  }

  private static void declareSecurityOnOperations(ObjectNode pathItem, JsonNode globalSecurity) {
    if (globalSecurity == null) {
      return;
    }
    pathItem.fields().forEachRemaining(operation -> {
      if (operation.getValue().isObject() && operation.getValue().has("responses") && !operation.getValue().has("security")) {
        ((ObjectNode) operation.getValue()).set("security", globalSecurity.deepCopy());
      }
    });
  }

  /** Every {@code #/components/...} reference reachable from {@code start}, transitively. */
  private static Set<String> reachable(JsonNode start, JsonNode components) {
    Set<String> found = new LinkedHashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(start);
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isObject()) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS) && found.add(ref.asText())) {
          String[] kindAndName = ref.asText().substring(COMPONENTS.length()).split("/", 2);
          todo.push(components.path(kindAndName[0]).path(kindAndName[1]));
        }
        node.elements().forEachRemaining(todo::push);
      } else if (node.isArray()) {
        node.elements().forEachRemaining(todo::push);
      }
    }
    return found;
  }

  /** Schemas written inline in media types (responses, request bodies) get the same rewriting. */
  private static void normalizeInlineSchemas(JsonNode node, ValidationSchemaRewriter rewriter) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().equals("schemas") || field.getKey().equals("examples")) {
          continue;
        }
        if (field.getKey().equals("schema") && field.getValue().isObject()) {
          field.setValue(rewriter.normalize(field.getValue()));
        } else {
          normalizeInlineSchemas(field.getValue(), rewriter);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> normalizeInlineSchemas(child, rewriter));
    }
  }
}
