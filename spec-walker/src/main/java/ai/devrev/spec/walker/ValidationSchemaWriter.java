package ai.devrev.spec.walker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One schema of a {@link ValidationCopy}, written as plain JSON Schema that Atlassian's validator reads
 * as OpenAPI means it: {@code allOf} merged into one object through {@link FlatSchema}, each
 * discriminated union an {@code anyOf} of its members pinned to their labels. The rules are in
 * {@link ValidationCopy}'s Javadoc; this class holds the JSON Schema output only, the reading is the walker's.
 */
@SuppressWarnings("rawtypes")
final class ValidationSchemaWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Keywords that describe rather than constrain: a later part's value replaces an earlier one. */
  private static final Set<String> ANNOTATIONS = Set.of("description", "title", "example", "externalDocs", "deprecated", "xml");
  /** Keywords written from the merged view rather than copied from each part. */
  private static final Set<String> MERGED = Set.of("allOf", "properties", "required", "additionalProperties", "discriminator");

  private final SpecDocument document;
  /** The unions whose members are being written: a member that merges its own union in is pinned by it already. */
  private final Set<String> expanding = new HashSet<>();

  ValidationSchemaWriter(SpecDocument document) {
    this.document = document;
  }

  /** The schema as the copy writes it; a {@code $ref} stays (its target is written on its own). */
  JsonNode write(Schema schema, String at) {
    if (schema.get$ref() != null) {
      return NODES.objectNode().put("$ref", schema.get$ref());
    }
    if (schema.getAllOf() == null && !isUnion(schema)) {
      return plain(schema, at);
    }
    List<ObjectNode> branches = branches(FlatSchema.of(document, schema, at));
    if (branches.size() == 1) {
      return branches.get(0);
    }
    ObjectNode anyOf = NODES.objectNode();
    anyOf.putArray("anyOf").addAll(branches);
    return anyOf;
  }

  /** A schema without {@code allOf}: its keywords, each subschema written as the copy writes it. */
  @SuppressWarnings("unchecked")
  private ObjectNode plain(Schema schema, String at) {
    ObjectNode node = tree(schema);
    node.remove("discriminator");
    if (schema.getProperties() != null) {
      ObjectNode properties = node.putObject("properties");
      ((Map<String, Schema>) schema.getProperties()).forEach((name, property) ->
          properties.set(name, write(property, Pointer.child(Pointer.child(at, "properties"), name))));
    }
    if (schema.getAdditionalProperties() instanceof Schema) {
      node.set("additionalProperties", write((Schema) schema.getAdditionalProperties(), Pointer.child(at, "additionalProperties")));
    }
    if (schema.getItems() != null) {
      node.set("items", write(schema.getItems(), Pointer.child(at, "items")));
    }
    if (schema.getNot() != null) {
      node.set("not", write(schema.getNot(), Pointer.child(at, "not")));
    }
    subschemas(node, "oneOf", schema.getOneOf(), at);
    subschemas(node, "anyOf", schema.getAnyOf(), at);
    return node;
  }

  private void subschemas(ObjectNode node, String keyword, List<Schema> schemas, String at) {
    if (schemas != null) {
      ArrayNode written = node.putArray(keyword);
      for (int i = 0; i < schemas.size(); i++) {
        written.add(write(schemas.get(i), Pointer.child(Pointer.child(at, keyword), i)));
      }
    }
  }

  /** The objects {@code flat} may be: one, or one per member of the unions it holds. */
  private List<ObjectNode> branches(FlatSchema flat) {
    List<ObjectNode> result = List.of(object(flat));
    for (Located part : flat.parts()) {
      // A union reached through a $ref belongs to that part (FlatSchema's rule) but constrains the whole;
      // a member merging in the union being expanded is already pinned by it.
      boolean referencedUnion = isUnion(part.schema()) && !Objects.equals(part.pointer(), flat.declaredAt("discriminator"));
      if (referencedUnion && !expanding.contains(part.pointer())) {
        result = cross(result, branches(FlatSchema.of(document, part.schema(), part.pointer())));
      }
    }
    if (isUnion(flat)) {
      result = cross(result, members(flat));
    }
    return result;
  }

  /** The merged object: each part's keywords, then the properties, required names and closedness of the whole. */
  private ObjectNode object(FlatSchema flat) {
    ObjectNode merged = NODES.objectNode();
    List<JsonNode> additional = new ArrayList<>();
    boolean open = false;
    for (Located part : flat.parts()) {
      ObjectNode keywords = plain(part.schema(), part.pointer());
      MERGED.forEach(keywords::remove);
      if (isUnion(flat) || isUnion(part.schema())) {
        keywords.remove("oneOf");
      }
      merged = merge(merged, keywords);
      Object additionalProperties = part.schema().getAdditionalProperties();
      if (additionalProperties instanceof Schema) {
        additional.add(write((Schema) additionalProperties, Pointer.child(part.pointer(), "additionalProperties")));
      }
      open |= Boolean.TRUE.equals(additionalProperties);
    }
    if (!flat.properties().isEmpty()) {
      ObjectNode properties = merged.putObject("properties");
      for (String name : flat.properties().keySet()) {
        List<JsonNode> declarations = new ArrayList<>();
        flat.declarations(name).forEach(declaration -> declarations.add(write(declaration.schema(), declaration.pointer())));
        properties.set(name, together(declarations));
      }
    }
    if (!flat.required().isEmpty()) {
      flat.required().forEach(merged.putArray("required")::add);
    }
    if (flat.closed()) {
      merged.put("additionalProperties", false);
    } else if (!additional.isEmpty()) {
      merged.set("additionalProperties", together(additional));
    } else if (open) {
      merged.put("additionalProperties", true);
    }
    return merged;
  }

  /** One branch per member, labels in the mapping's order, members in the {@code oneOf}'s, each pinned. */
  private List<ObjectNode> members(FlatSchema union) {
    String at = union.origin().pointer();
    if (!expanding.add(at)) {
      throw new IllegalStateException("Union loop at " + at + " in " + document.location() + ": the union is a member of itself");
    }
    String property = union.discriminator().orElseThrow();
    Map<String, List<String>> labels = new LinkedHashMap<>();
    union.oneOf().forEach(member -> labels.put(member, new ArrayList<>()));
    union.members().forEach((label, member) -> labels.computeIfAbsent(member, k -> new ArrayList<>()).add(label));
    List<ObjectNode> result = new ArrayList<>();
    labels.forEach((member, values) -> {
      for (ObjectNode branch : branches(FlatSchema.of(document, member))) {
        result.add(pin(branch, property, values));
      }
    });
    expanding.remove(at);
    return result;
  }

  private static ObjectNode pin(ObjectNode branch, String property, List<String> labels) {
    ObjectNode pinned = branch.deepCopy();
    ObjectNode allowed = NODES.objectNode().put("type", "string");
    labels.forEach(allowed.putArray("enum")::add);
    ObjectNode properties = pinned.withObjectProperty("properties");
    JsonNode declared = properties.get(property);
    properties.set(property, declared == null ? allowed : together(List.of(declared, allowed)));
    add(pinned.withArrayProperty("required"), property);
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
    b.fields().forEachRemaining(field -> {
      String name = field.getKey();
      JsonNode value = field.getValue();
      JsonNode existing = merged.get(name);
      if (existing == null) {
        merged.set(name, value.deepCopy());
      } else if (!existing.equals(value)) {
        switch (name) {
          case "properties":
            ObjectNode properties = (ObjectNode) existing;
            value.fields().forEachRemaining(property -> {
              JsonNode declared = properties.get(property.getKey());
              properties.set(property.getKey(), declared == null ? property.getValue().deepCopy()
                  : together(List.of(declared, property.getValue().deepCopy())));
            });
            break;
          case "required":
            value.forEach(required -> add((ArrayNode) existing, required.asText()));
            break;
          case "additionalProperties":
            merged.set(name, existing.isBoolean() && !existing.asBoolean() || value.isBoolean() && !value.asBoolean()
                ? NODES.booleanNode(false)
                : existing.isBoolean() ? value.deepCopy() : value.isBoolean() ? existing : together(List.of(existing, value.deepCopy())));
            break;
          case "allOf":
            value.forEach(part -> ((ArrayNode) existing).add(part.deepCopy()));
            break;
          default:
            if (ANNOTATIONS.contains(name) || name.startsWith("x-")) {
              merged.set(name, value.deepCopy());
            } else {
              merged.withArrayProperty("allOf").add(NODES.objectNode().set(name, value.deepCopy()));
            }
        }
      }
    });
    return merged;
  }

  /** The schema every one of {@code schemas} holds for: the one if they are all the same, else their {@code allOf}. */
  private static JsonNode together(List<JsonNode> schemas) {
    List<JsonNode> distinct = new ArrayList<>();
    schemas.forEach(schema -> {
      if (!distinct.contains(schema)) {
        distinct.add(schema);
      }
    });
    if (distinct.size() == 1) {
      return distinct.get(0);
    }
    ObjectNode allOf = NODES.objectNode();
    allOf.putArray("allOf").addAll(distinct);
    return allOf;
  }

  private static void add(ArrayNode names, String name) {
    for (JsonNode existing : names) {
      if (existing.asText().equals(name)) {
        return;
      }
    }
    names.add(name);
  }

  private static boolean isUnion(Schema schema) {
    return schema.getDiscriminator() != null && schema.getOneOf() != null && !schema.getOneOf().isEmpty();
  }

  private static boolean isUnion(FlatSchema flat) {
    return flat.discriminator().isPresent() && !flat.oneOf().isEmpty();
  }

  static ObjectNode tree(Object model) {
    return Json.mapper().valueToTree(model);
  }
}
