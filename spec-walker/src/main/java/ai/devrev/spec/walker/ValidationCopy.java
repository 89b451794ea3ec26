package ai.devrev.spec.walker;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
public final class ValidationCopy {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Component kinds written in place of their references. */
  private static final Set<String> WRITTEN_IN_PLACE = Set.of("responses", "requestBodies", "parameters", "headers");

  private final SpecDocument document;
  private final ValidationSchemaWriter schemas;

  private ValidationCopy(SpecDocument document) {
    this.document = document;
    this.schemas = new ValidationSchemaWriter(document);
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
        components.withObjectProperty(kind).set(name, schemas.write(document.schema(name), Pointer.schema(name)));
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
          written.set("schema", schemas.write(resolved.getSchema(), Pointer.child(headerAt, "schema")));
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
        node.set("schema", schemas.write(parameter.getSchema(), Pointer.child(Pointer.child(at, i), "schema")));
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
        medium.set("schema", schemas.write(media.getSchema(), Pointer.child(Pointer.child(Pointer.child(at, "content"), type), "schema")));
      }
      written.set(type, medium);
    });
  }

  private static ObjectNode tree(Object model) {
    return ValidationSchemaWriter.tree(model);
  }
}
