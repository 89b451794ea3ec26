package ai.devrev.spec.walker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The copy of an OpenAPI document that Atlassian's swagger-request-validator checks as the document
 * means it, for one path. The simulator's build writes it for our spec and ships it; the contract tests
 * write it for DevRev's published document.
 *
 * <p>Why a copy: the validator ignores {@code oneOf} discriminators (its issue 771), misreads
 * {@code additionalProperties} across {@code allOf}, and reads only operation-level {@code security}.
 * The copy holds:
 * <ul>
 *   <li>the path alone: each operation with the document's global {@code security} unless it declares
 *       its own, its parameters, request body, responses and their headers written in place of their
 *       references; then the component schemas they reach, and the security schemes;</li>
 *   <li>every schema with an {@code allOf} merged into one object as {@link FlatSchema} reads it:
 *       declarations of a property that differ are kept together under an {@code allOf},
 *       {@code required} names accumulate, one {@code additionalProperties: false} closes the whole,
 *       and any other constraint two parts set differently is kept from both;</li>
 *   <li>every discriminated union an {@code anyOf} of its members, each merged with the union's own
 *       properties and with the discriminator property pinned to the member's labels. The branches are
 *       disjoint by that property, so {@code anyOf} accepts exactly what the discriminator selects, and a
 *       member's {@code additionalProperties: false} applies to the merged object as DevRev means it.</li>
 * </ul>
 * Property schemas keep their {@code $ref}s, so recursive schemas stay finite. Nothing is loosened: a
 * misspelled field, a member of another kind, a field of another member, an unknown label all fail.
 */
@SuppressWarnings("rawtypes")
public final class ValidationCopy {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Keywords that describe rather than constrain: a later part's value replaces an earlier one. */
  private static final Set<String> ANNOTATIONS = Set.of("description", "title", "example", "externalDocs", "deprecated", "xml");
  /** Keywords written from the merged view rather than copied from each part. */
  private static final Set<String> MERGED = Set.of("allOf", "properties", "required", "additionalProperties", "discriminator");
  /** Component kinds written in place of their references. */
  private static final Set<String> WRITTEN_IN_PLACE = Set.of("responses", "requestBodies", "parameters", "headers");

  private final SpecDocument document;
  /** The unions whose members are being written: a member that merges its own union in is pinned by it already. */
  private final Set<String> expanding = new HashSet<>();

  private ValidationCopy(SpecDocument document) {
    this.document = document;
  }

  /** The validation copy of {@code document} for {@code path} (e.g. {@code /conversations.create}), as JSON. */
  public static String json(SpecDocument document, String path) {
    try {
      return Json.mapper().writeValueAsString(new ValidationCopy(document).copy(path));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The validation copy of " + document.location() + " does not serialize", e);
    }
  }

  /**
   * Writes a validation copy, as a build step: {@code <document> <path> <output file>}, the document a
   * file, a URL or {@code classpath:NAME}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("Usage: ValidationCopy <document: a path, a URL or classpath:NAME> <path> <output file>");
    }
    Path output = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(output.getParent());
    Files.writeString(output, json(read(args[0]), args[1]));
  }

  private static SpecDocument read(String location) throws IOException {
    String classpath = "classpath:";
    if (!location.startsWith(classpath)) {
      return SpecDocument.load(location);
    }
    String name = location.substring(classpath.length());
    try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException(name + " is not on the classpath");
      }
      return SpecDocument.parse(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private ObjectNode copy(String path) {
    OpenAPI source = document.openAPI();
    PathItem item = source.getPaths() == null ? null : source.getPaths().get(path);
    if (item == null) {
      throw new IllegalArgumentException(document.location() + " has no path " + path);
    }
    ObjectNode copy = tree(new OpenAPI().openapi(source.getOpenapi()).info(source.getInfo()).externalDocs(source.getExternalDocs())
        .servers(source.getServers()).security(source.getSecurity()).tags(source.getTags()).extensions(source.getExtensions()));
    copy.putObject("paths").set(path, pathItem(item, Pointer.child("/paths", path)));

    ObjectNode components = copy.putObject("components");
    for (String ref : document.reachable(item)) {
      String[] tokens = Pointer.tokens(Pointer.ofRef(ref));
      String kind = tokens[1];
      String name = tokens[2];
      if (kind.equals("schemas")) {
        components.withObjectProperty(kind).set(name, schema(document.schema(name), Pointer.schema(name)));
      } else if (!WRITTEN_IN_PLACE.contains(kind)) {
        components.withObjectProperty(kind).set(name, tree(other(source.getComponents(), kind, name)));
      }
    }
    if (source.getComponents() != null && source.getComponents().getSecuritySchemes() != null) {
      components.set("securitySchemes", tree(source.getComponents().getSecuritySchemes()));
    }
    return copy;
  }

  private static Object other(Components components, String kind, String name) {
    Map<String, ?> all;
    switch (kind) {
      case "examples": all = components.getExamples(); break;
      case "links": all = components.getLinks(); break;
      case "callbacks": all = components.getCallbacks(); break;
      case "securitySchemes": all = components.getSecuritySchemes(); break;
      default: all = null;
    }
    Object component = all == null ? null : all.get(name);
    if (component == null) {
      throw new IllegalStateException("Unresolved reference #/components/" + kind + "/" + name);
    }
    return component;
  }

  private ObjectNode pathItem(PathItem item, String at) {
    ObjectNode node = tree(item);
    if (item.getParameters() != null) {
      node.set("parameters", parameters(item.getParameters(), Pointer.child(at, "parameters")));
    }
    item.readOperationsMap().forEach((method, operation) -> {
      String name = method.name().toLowerCase(Locale.ROOT);
      node.set(name, operation(operation, Pointer.child(at, name)));
    });
    return node;
  }

  private ObjectNode operation(Operation operation, String at) {
    ObjectNode node = tree(operation);
    List<?> security = operation.getSecurity() != null ? operation.getSecurity() : document.openAPI().getSecurity();
    if (security != null) {
      node.set("security", Json.mapper().valueToTree(security));
    }
    if (operation.getParameters() != null) {
      node.set("parameters", parameters(operation.getParameters(), Pointer.child(at, "parameters")));
    }
    if (operation.getRequestBody() != null) {
      RequestBody body = document.resolve(operation.getRequestBody());
      ObjectNode written = tree(body);
      content(written, body.getContent(), Pointer.child(at, "requestBody"));
      node.set("requestBody", written);
    }
    if (operation.getResponses() != null) {
      ObjectNode responses = node.putObject("responses");
      operation.getResponses().forEach((status, response) ->
          responses.set(status, response(document.resolve(response), Pointer.child(Pointer.child(at, "responses"), status))));
    }
    return node;
  }

  private ObjectNode response(ApiResponse response, String at) {
    ObjectNode node = tree(response);
    content(node, response.getContent(), at);
    if (response.getHeaders() != null) {
      ObjectNode headers = node.putObject("headers");
      response.getHeaders().forEach((name, header) -> {
        Header resolved = document.resolve(header);
        String headerAt = Pointer.child(Pointer.child(at, "headers"), name);
        ObjectNode written = tree(resolved);
        if (resolved.getSchema() != null) {
          written.set("schema", schema(resolved.getSchema(), Pointer.child(headerAt, "schema")));
        }
        content(written, resolved.getContent(), headerAt);
        headers.set(name, written);
      });
    }
    return node;
  }

  private ArrayNode parameters(List<Parameter> parameters, String at) {
    ArrayNode written = NODES.arrayNode();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = document.resolve(parameters.get(i));
      ObjectNode node = tree(parameter);
      if (parameter.getSchema() != null) {
        node.set("schema", schema(parameter.getSchema(), Pointer.child(Pointer.child(at, i), "schema")));
      }
      content(node, parameter.getContent(), Pointer.child(at, i));
      written.add(node);
    }
    return written;
  }

  private void content(ObjectNode node, Content content, String at) {
    if (content == null) {
      return;
    }
    ObjectNode written = node.putObject("content");
    content.forEach((type, media) -> {
      ObjectNode medium = tree(media);
      if (media.getSchema() != null) {
        medium.set("schema", schema(media.getSchema(), Pointer.child(Pointer.child(Pointer.child(at, "content"), type), "schema")));
      }
      written.set(type, medium);
    });
  }

  /** The schema as the copy writes it; a {@code $ref} stays (its target is written on its own). */
  private JsonNode schema(Schema schema, String at) {
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
          properties.set(name, schema(property, Pointer.child(Pointer.child(at, "properties"), name))));
    }
    if (schema.getAdditionalProperties() instanceof Schema) {
      node.set("additionalProperties", schema((Schema) schema.getAdditionalProperties(), Pointer.child(at, "additionalProperties")));
    }
    if (schema.getItems() != null) {
      node.set("items", schema(schema.getItems(), Pointer.child(at, "items")));
    }
    if (schema.getNot() != null) {
      node.set("not", schema(schema.getNot(), Pointer.child(at, "not")));
    }
    subschemas(node, "oneOf", schema.getOneOf(), at);
    subschemas(node, "anyOf", schema.getAnyOf(), at);
    return node;
  }

  private void subschemas(ObjectNode node, String keyword, List<Schema> schemas, String at) {
    if (schemas != null) {
      ArrayNode written = node.putArray(keyword);
      for (int i = 0; i < schemas.size(); i++) {
        written.add(schema(schemas.get(i), Pointer.child(Pointer.child(at, keyword), i)));
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
        additional.add(schema((Schema) additionalProperties, Pointer.child(part.pointer(), "additionalProperties")));
      }
      open |= Boolean.TRUE.equals(additionalProperties);
    }
    if (!flat.properties().isEmpty()) {
      ObjectNode properties = merged.putObject("properties");
      for (String name : flat.properties().keySet()) {
        List<JsonNode> declarations = new ArrayList<>();
        flat.declarations(name).forEach(declaration -> declarations.add(schema(declaration.schema(), declaration.pointer())));
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

  private static ObjectNode tree(Object model) {
    return Json.mapper().valueToTree(model);
  }
}
