package ai.devrev.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the document's schemas so that a plain JSON Schema validator checks what they mean in OpenAPI.
 *
 * <p>DevRev's unions (kept as they are in our document) are {@code oneOf} + {@code discriminator} with the
 * discriminator property declared on the union, members that are often structurally identical
 * ({@code dev-user-summary}, {@code service-account-summary}, {@code sys-user-summary}), and members that
 * add nothing, written {@code type: object, additionalProperties: false}. Read as plain JSON Schema,
 * such a union matches several members at once (so {@code oneOf} fails) or none (an empty closed member
 * rejects even the {@code type} property). Atlassian's validator hands {@code oneOf} to plain JSON
 * Schema and ignores the discriminator (swagger-request-validator issue 771).
 *
 * <p>What OpenAPI means instead, and what the generated client does: the discriminator value picks the
 * member, and the object is the union's own properties plus that member's. This class writes that out.
 * Each {@code allOf} is merged into one object schema; each discriminated {@code oneOf} becomes a
 * {@code oneOf} of its members, each merged with the union's own properties (and with what surrounds the
 * union in an {@code allOf}, such as {@code error-base}), with the discriminator property required and
 * pinned to the member's mapping values. The branches are disjoint by that property, so exactly one can
 * match: the one the discriminator names. A member's {@code additionalProperties: false} then closes the
 * merged object, which is how DevRev uses it. Nothing is loosened: every {@code type}, {@code format},
 * {@code enum} and {@code required} stays, and property schemas keep their {@code $ref}s, which point at
 * rewritten components in turn.
 */
final class DiscriminatorResolution {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SCHEMAS = "#/components/schemas/";

  private final JsonNode schemas;

  private DiscriminatorResolution(JsonNode schemas) {
    this.schemas = schemas;
  }

  /** A copy of {@code document} in which every component schema is rewritten as described above. */
  static ObjectNode validationCopy(JsonNode document) {
    ObjectNode copy = document.deepCopy();
    JsonNode original = document.path("components").path("schemas");
    ObjectNode rewritten = (ObjectNode) copy.path("components").path("schemas");
    DiscriminatorResolution resolution = new DiscriminatorResolution(original);
    original.fieldNames().forEachRemaining(name -> rewritten.set(name, resolution.rewrite(original.get(name))));
    return copy;
  }

  /** The branches {@code schema} (a component, by name) resolves to; one for a schema without unions. */
  static List<ObjectNode> branchesOf(JsonNode document, String schemaName) {
    DiscriminatorResolution resolution = new DiscriminatorResolution(document.path("components").path("schemas"));
    return resolution.branches(NODES.objectNode().put("$ref", SCHEMAS + schemaName));
  }

  JsonNode rewrite(JsonNode schema) {
    if (!schema.isObject() || schema.has("$ref")) {
      return schema.deepCopy();
    }
    if (schema.has("allOf") || isDiscriminatedUnion(schema)) {
      List<ObjectNode> branches = branches(schema);
      if (branches.size() == 1) {
        return branches.get(0);
      }
      ObjectNode oneOf = NODES.objectNode();
      oneOf.putArray("oneOf").addAll(branches);
      return oneOf;
    }
    ObjectNode copy = schema.deepCopy();
    // A discriminator without oneOf members (snap-widget) selects nothing: the object is what it declares.
    copy.remove("discriminator");
    rewriteChildren(copy);
    return copy;
  }

  private List<ObjectNode> branches(JsonNode schema) {
    if (schema.has("$ref")) {
      return branches(component(schema.get("$ref").asText()));
    }
    ObjectNode own = schema.deepCopy();
    own.remove("allOf");
    own.remove("discriminator");
    if (isDiscriminatedUnion(schema)) {
      own.remove("oneOf");
    } else if (schema.has("oneOf")) {
      throw new IllegalStateException("A oneOf without a discriminator has no single reading: " + schema);
    }
    rewriteChildren(own);
    List<ObjectNode> result = List.of(own);
    for (JsonNode part : schema.path("allOf")) {
      result = cross(result, branches(part));
    }
    if (isDiscriminatedUnion(schema)) {
      result = cross(result, memberBranches(schema));
    }
    return result;
  }

  private List<ObjectNode> memberBranches(JsonNode union) {
    String property = union.get("discriminator").get("propertyName").asText();
    List<ObjectNode> result = new ArrayList<>();
    for (Map.Entry<String, List<String>> member : valuesByMember(union).entrySet()) {
      for (ObjectNode branch : branches(NODES.objectNode().put("$ref", member.getKey()))) {
        result.add(pin(branch, property, member.getValue()));
      }
    }
    return result;
  }

  /** Each member's {@code $ref} with the discriminator values naming it: the mapping's, else the schema name. */
  private static Map<String, List<String>> valuesByMember(JsonNode union) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (JsonNode member : union.get("oneOf")) {
      if (!member.has("$ref")) {
        throw new IllegalStateException("A discriminated union's members must be references: " + member);
      }
      values.put(member.get("$ref").asText(), new ArrayList<>());
    }
    union.path("discriminator").path("mapping").fields().forEachRemaining(entry -> {
      List<String> named = values.get(entry.getValue().asText());
      if (named == null) {
        throw new IllegalStateException("The mapping names a schema that is not a member: " + entry);
      }
      named.add(entry.getKey());
    });
    values.forEach((ref, named) -> {
      if (named.isEmpty()) {
        named.add(ref.substring(ref.lastIndexOf('/') + 1));
      }
    });
    return values;
  }

  private static ObjectNode pin(ObjectNode branch, String property, List<String> values) {
    ObjectNode pinned = branch.deepCopy();
    ObjectNode properties = pinned.has("properties") ? (ObjectNode) pinned.get("properties") : pinned.putObject("properties");
    ObjectNode allowed = NODES.objectNode().put("type", "string");
    values.forEach(allowed.putArray("enum")::add);
    JsonNode declared = properties.get(property);
    if (declared == null) {
      properties.set(property, allowed);
    } else {
      ObjectNode both = NODES.objectNode();
      both.putArray("allOf").add(declared).add(allowed);
      properties.set(property, both);
    }
    addRequired(pinned, property);
    return pinned;
  }

  private static List<ObjectNode> cross(List<ObjectNode> left, List<ObjectNode> right) {
    List<ObjectNode> result = new ArrayList<>();
    for (ObjectNode a : left) {
      for (ObjectNode b : right) {
        result.add(merge(a, b));
      }
    }
    return result;
  }

  /** One object schema that means both {@code a} and {@code b}. */
  private static ObjectNode merge(ObjectNode a, ObjectNode b) {
    ObjectNode merged = a.deepCopy();
    b.fields().forEachRemaining(field -> {
      String keyword = field.getKey();
      JsonNode value = field.getValue();
      switch (keyword) {
        case "properties":
          ObjectNode target = merged.has("properties") ? (ObjectNode) merged.get("properties") : merged.putObject("properties");
          value.fields().forEachRemaining(property -> {
            JsonNode existing = target.get(property.getKey());
            if (existing == null || existing.equals(property.getValue())) {
              target.set(property.getKey(), property.getValue().deepCopy());
            } else {
              ObjectNode both = NODES.objectNode();
              both.putArray("allOf").add(existing).add(property.getValue().deepCopy());
              target.set(property.getKey(), both);
            }
          });
          break;
        case "required":
          value.forEach(name -> addRequired(merged, name.asText()));
          break;
        case "additionalProperties":
          if (!merged.has(keyword) || value.isBoolean() && !value.asBoolean()) {
            merged.set(keyword, value.deepCopy());
          } else if (!value.equals(merged.get(keyword))) {
            throw new IllegalStateException("Cannot merge additionalProperties " + merged.get(keyword) + " and " + value);
          }
          break;
        case "type":
          if (merged.has(keyword) && !merged.get(keyword).equals(value)) {
            throw new IllegalStateException("allOf of different types: " + merged.get(keyword) + " and " + value);
          }
          merged.set(keyword, value.deepCopy());
          break;
        default:
          if (!merged.has(keyword)) {
            merged.set(keyword, value.deepCopy());
          }
      }
    });
    return merged;
  }

  private static void addRequired(ObjectNode schema, String name) {
    ArrayNode required = schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required");
    for (JsonNode existing : required) {
      if (existing.asText().equals(name)) {
        return;
      }
    }
    required.add(name);
  }

  private void rewriteChildren(ObjectNode schema) {
    if (schema.path("properties").isObject()) {
      ObjectNode properties = (ObjectNode) schema.get("properties");
      List<String> names = new ArrayList<>();
      properties.fieldNames().forEachRemaining(names::add);
      names.forEach(name -> properties.set(name, rewrite(properties.get(name))));
    }
    for (String child : List.of("items", "additionalProperties", "not")) {
      if (schema.path(child).isObject()) {
        schema.set(child, rewrite(schema.get(child)));
      }
    }
    for (String list : List.of("oneOf", "anyOf")) {
      if (schema.path(list).isArray()) {
        ArrayNode rewritten = NODES.arrayNode();
        schema.get(list).forEach(member -> rewritten.add(rewrite(member)));
        schema.set(list, rewritten);
      }
    }
  }

  private JsonNode component(String ref) {
    if (!ref.startsWith(SCHEMAS)) {
      throw new IllegalArgumentException("Not a component schema: " + ref);
    }
    JsonNode target = schemas.get(ref.substring(SCHEMAS.length()));
    if (target == null) {
      throw new IllegalArgumentException("No such schema: " + ref);
    }
    return target;
  }

  private static boolean isDiscriminatedUnion(JsonNode schema) {
    return schema.has("discriminator") && schema.has("oneOf");
  }
}
