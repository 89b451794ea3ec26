package ai.devrev.sdk.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites schemas so that a plain JSON Schema validator checks what the OpenAPI document means.
 *
 * <p>Each {@code allOf} is merged into one object schema, and each {@code oneOf} with a
 * {@code discriminator} becomes an {@code anyOf} of its members, each merged with the union's own
 * properties and with the discriminator property pinned to the member's mapping keys. The branches are
 * disjoint by that property, so {@code anyOf} accepts exactly what the discriminator selects; the
 * members' {@code additionalProperties: false} then applies to the merged object as DevRev intends.
 * Property schemas keep their {@code $ref}s, so recursive schemas stay finite.
 */
final class ValidationSchemaRewriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String REF_PREFIX = "#/components/schemas/";

  private final ObjectNode schemas;

  ValidationSchemaRewriter(ObjectNode schemas) {
    this.schemas = schemas;
  }

  /** The schema, rewritten; a {@code $ref} stays as it is (its target is rewritten on its own). */
  JsonNode normalize(JsonNode schema) {
    if (!schema.isObject() || schema.has("$ref")) {
      return schema.deepCopy();
    }
    if (schema.has("allOf") || isDiscriminatedUnion(schema)) {
      List<ObjectNode> branches = branches(schema);
      if (branches.size() == 1) {
        return branches.get(0);
      }
      ObjectNode anyOf = NODES.objectNode();
      anyOf.putArray("anyOf").addAll(branches);
      return anyOf;
    }
    ObjectNode copy = ((ObjectNode) schema).deepCopy();
    copy.remove("discriminator");
    normalizeChildren(copy);
    return copy;
  }

  private List<ObjectNode> branches(JsonNode schema) {
    if (schema.has("$ref")) {
      return branches(resolve(schema.get("$ref").asText()));
    }
    ObjectNode base = ((ObjectNode) schema).deepCopy();
    base.remove("allOf");
    base.remove("discriminator");
    if (isDiscriminatedUnion(schema)) {
      base.remove("oneOf");
    }
    normalizeChildren(base);
    List<ObjectNode> result = List.of(base);
    for (JsonNode part : iterable(schema.path("allOf"))) {
      result = cross(result, branches(part));
    }
    if (isDiscriminatedUnion(schema)) {
      result = cross(result, unionBranches(schema));
    }
    return result;
  }

  private List<ObjectNode> unionBranches(JsonNode union) {
    String property = union.get("discriminator").get("propertyName").asText();
    List<ObjectNode> result = new ArrayList<>();
    for (Map.Entry<String, List<String>> member : keysByMember(union).entrySet()) {
      for (ObjectNode branch : branches(NODES.objectNode().put("$ref", member.getKey()))) {
        result.add(pin(branch, property, member.getValue()));
      }
    }
    return result;
  }

  /** Each member's {@code $ref} with its discriminator values: the mapping's, or its schema's name. */
  private static Map<String, List<String>> keysByMember(JsonNode union) {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    for (JsonNode member : iterable(union.get("oneOf"))) {
      keys.put(member.path("$ref").asText(), new ArrayList<>());
    }
    Iterator<Map.Entry<String, JsonNode>> mapping = union.get("discriminator").path("mapping").fields();
    while (mapping.hasNext()) {
      Map.Entry<String, JsonNode> entry = mapping.next();
      keys.computeIfAbsent(entry.getValue().asText(), ref -> new ArrayList<>()).add(entry.getKey());
    }
    keys.forEach((ref, values) -> {
      if (values.isEmpty()) {
        values.add(ref.substring(ref.lastIndexOf('/') + 1));
      }
    });
    return keys;
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
    ArrayNode required = pinned.has("required") ? (ArrayNode) pinned.get("required") : pinned.putArray("required");
    if (!contains(required, property)) {
      required.add(property);
    }
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

  /** The object schema both {@code a} and {@code b} describe. */
  static ObjectNode merge(ObjectNode a, ObjectNode b) {
    ObjectNode merged = a.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> fields = b.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "properties":
          mergeProperties(merged, (ObjectNode) value);
          break;
        case "required":
          ArrayNode required = merged.has("required") ? (ArrayNode) merged.get("required") : merged.putArray("required");
          value.forEach(item -> {
            if (!contains(required, item.asText())) {
              required.add(item.asText());
            }
          });
          break;
        case "additionalProperties":
          if (!merged.has(name) || value.isBoolean() && !value.asBoolean()) {
            merged.set(name, value.deepCopy());
          }
          break;
        default:
          if (!merged.has(name)) {
            merged.set(name, value.deepCopy());
          }
      }
    }
    return merged;
  }

  private static void mergeProperties(ObjectNode merged, ObjectNode properties) {
    ObjectNode target = merged.has("properties") ? (ObjectNode) merged.get("properties") : merged.putObject("properties");
    properties.fields().forEachRemaining(property -> {
      JsonNode existing = target.get(property.getKey());
      if (existing == null || existing.equals(property.getValue())) {
        target.set(property.getKey(), property.getValue().deepCopy());
      } else {
        ObjectNode both = NODES.objectNode();
        both.putArray("allOf").add(existing).add(property.getValue().deepCopy());
        target.set(property.getKey(), both);
      }
    });
  }

  private void normalizeChildren(ObjectNode schema) {
    JsonNode properties = schema.get("properties");
    if (properties != null && properties.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      properties.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        ((ObjectNode) properties).set(name, normalize(properties.get(name)));
      }
    }
    for (String child : List.of("items", "additionalProperties", "not")) {
      if (schema.path(child).isObject()) {
        schema.set(child, normalize(schema.get(child)));
      }
    }
    for (String list : List.of("oneOf", "anyOf")) {
      if (schema.path(list).isArray()) {
        ArrayNode normalized = NODES.arrayNode();
        schema.get(list).forEach(member -> normalized.add(normalize(member)));
        schema.set(list, normalized);
      }
    }
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith(REF_PREFIX)) {
      throw new IllegalArgumentException("Only local schema references are supported: " + ref);
    }
    JsonNode target = schemas.get(ref.substring(REF_PREFIX.length()));
    if (target == null) {
      throw new IllegalArgumentException("No schema for " + ref);
    }
    return target;
  }

  private static boolean isDiscriminatedUnion(JsonNode schema) {
    return schema.has("discriminator") && schema.path("oneOf").isArray();
  }

  private static boolean contains(ArrayNode array, String text) {
    for (JsonNode item : array) {
      if (item.asText().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node == null ? List.of() : node;
  }
}
