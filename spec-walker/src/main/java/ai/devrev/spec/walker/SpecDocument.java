package ai.devrev.spec.walker;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One OpenAPI document as swagger-parser reads it (the parser OpenAPI Generator uses), with the
 * look-ups every tool of this project needs: an operation by method and path, local {@code $ref}s
 * followed to their component, and the components a part of the document reaches.
 *
 * <p>Only local references ({@code #/components/...}) are followed; a reference that leads nowhere or
 * in a circle fails with the reference in the message.
 */
@SuppressWarnings("rawtypes")
public final class SpecDocument {
  private static final int MAX_HOPS = 64;

  private final String location;
  private final OpenAPI openAPI;

  private SpecDocument(String location, OpenAPI openAPI) {
    this.location = location;
    this.openAPI = openAPI;
  }

  /** Parses the document at {@code location} (a path or URL); fails with the parser's messages if it cannot. */
  public static SpecDocument load(String location) {
    return parsed(location, new OpenAPIV3Parser().readLocation(location, null, options()));
  }

  /** Parses a document given as YAML or JSON text. */
  public static SpecDocument parse(String name, String text) {
    return parsed(name, new OpenAPIV3Parser().readContents(text, null, options()));
  }

  private static ParseOptions options() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return options;
  }

  private static SpecDocument parsed(String name, SwaggerParseResult result) {
    if (result.getOpenAPI() == null) {
      throw new IllegalArgumentException("Cannot read " + name + " as an OpenAPI document: " + result.getMessages());
    }
    return new SpecDocument(name, result.getOpenAPI());
  }

  /** A document already parsed, e.g. the one OpenAPI Generator hands to a codegen. */
  public static SpecDocument of(String name, OpenAPI openAPI) {
    return new SpecDocument(name, openAPI);
  }

  public String location() {
    return location;
  }

  public OpenAPI openAPI() {
    return openAPI;
  }

  /** {@code method path}, e.g. {@code POST /conversations.create}; fails naming both if absent. */
  public Operation operation(String method, String path) {
    PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().get(path);
    Operation operation = item == null ? null
        : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
    if (operation == null) {
      throw new IllegalArgumentException(location + " has no operation " + method.toUpperCase(Locale.ROOT) + " " + path);
    }
    return operation;
  }

  /** The component schemas, in document order (empty when there are none). */
  public Map<String, Schema> schemas() {
    Components components = openAPI.getComponents();
    return components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
  }

  /** Component schema {@code name}, or null. */
  public Schema schema(String name) {
    return schemas().get(name);
  }

  /** {@code schema} with its {@code $ref}s followed to the component they name. */
  public Schema resolve(Schema schema) {
    return locate(schema, null).schema();
  }

  /**
   * {@code schema}, found at {@code pointer} (null if unknown), with its {@code $ref}s followed: the
   * target and where it is declared ({@code /components/schemas/<name>} for a reference).
   */
  public Located locate(Schema schema, String pointer) {
    Schema current = schema;
    String at = pointer;
    for (int hops = 0; current != null && current.get$ref() != null; hops++) {
      if (hops > MAX_HOPS) {
        throw new IllegalStateException("Reference loop at " + schema.get$ref() + " in " + location);
      }
      String name = Pointer.schemaName(current.get$ref());
      at = Pointer.schema(name);
      current = schema(name);
    }
    if (current == null) {
      throw new IllegalStateException("Unresolved reference " + (schema == null ? "null" : schema.get$ref()) + " in " + location);
    }
    return new Located(current, at);
  }

  public ApiResponse resolve(ApiResponse response) {
    return follow(response, ApiResponse::get$ref, Components::getResponses);
  }

  public Header resolve(Header header) {
    return follow(header, Header::get$ref, Components::getHeaders);
  }

  public RequestBody resolve(RequestBody body) {
    return follow(body, RequestBody::get$ref, Components::getRequestBodies);
  }

  public Parameter resolve(Parameter parameter) {
    return follow(parameter, Parameter::get$ref, Components::getParameters);
  }

  private <T> T follow(T start, Function<T, String> ref, Function<Components, Map<String, T>> kind) {
    T current = start;
    for (int hops = 0; current != null && ref.apply(current) != null; hops++) {
      String target = ref.apply(current);
      Map<String, T> components = openAPI.getComponents() == null ? null : kind.apply(openAPI.getComponents());
      T next = components == null || hops > MAX_HOPS ? null : components.get(target.substring(target.lastIndexOf('/') + 1));
      if (next == null) {
        throw new IllegalStateException("Unresolved reference " + target + " in " + location);
      }
      current = next;
    }
    return current;
  }

  /**
   * The components reachable from {@code roots} (swagger model objects, maps or Jackson trees: an
   * operation, a response, a schema), transitively, as local references in the order first met:
   * {@code #/components/schemas/user}, {@code #/components/responses/bad-request}. Discriminator mapping
   * values count as references: a union reaches its members through them.
   */
  public Set<String> reachable(Object... roots) {
    return reachable(node -> List.of(), roots);
  }

  /**
   * As {@link #reachable(Object...)}, with the references a tool's own vendor extensions make: for each
   * JSON object met (as a map), {@code moreReferences} returns further local references it names, e.g.
   * a codegen's list of union members written as {@code {label, schema}} entries.
   */
  public Set<String> reachable(Function<Map<?, ?>, Collection<String>> moreReferences, Object... roots) {
    Set<String> found = new LinkedHashSet<>();
    Deque<Object> pending = new ArrayDeque<>();
    for (Object root : roots) {
      pending.push(Json.mapper().convertValue(root, Object.class));
    }
    Object components = Json.mapper().convertValue(openAPI.getComponents() == null ? Map.of() : openAPI.getComponents(), Object.class);
    while (!pending.isEmpty()) {
      Object node = pending.pop();
      if (node instanceof Map) {
        Map<?, ?> map = (Map<?, ?>) node;
        Object ref = map.get("$ref");
        if (ref instanceof String) {
          reached((String) ref, components, found, pending);
        }
        Object discriminator = map.get("discriminator");
        if (discriminator instanceof Map && ((Map<?, ?>) discriminator).get("mapping") instanceof Map) {
          for (Object target : ((Map<?, ?>) ((Map<?, ?>) discriminator).get("mapping")).values()) {
            if (target instanceof String) {
              reached(((String) target).startsWith("#") ? (String) target : Pointer.schemaRef((String) target), components, found, pending);
            }
          }
        }
        for (String more : moreReferences.apply(map)) {
          reached(more, components, found, pending);
        }
        map.values().forEach(pending::push);
      } else if (node instanceof List) {
        ((List<?>) node).forEach(pending::push);
      }
    }
    return found;
  }

  private static void reached(String ref, Object components, Set<String> found, Deque<Object> pending) {
    if (!ref.startsWith("#/components/") || !found.add(ref)) {
      return;
    }
    String[] tokens = Pointer.tokens(Pointer.ofRef(ref));
    Object target = components;
    for (int i = 1; i < tokens.length && target instanceof Map; i++) {
      target = ((Map<?, ?>) target).get(tokens[i]);
    }
    if (target != null) {
      pending.push(target);
    }
  }

  /** The names of the component schemas among {@link #reachable(Object...)}'s references. */
  public Set<String> reachableSchemas(Object... roots) {
    return reachableSchemas(node -> List.of(), roots);
  }

  /**
   * The names of the component schemas among {@link #reachable(Function, Object...)}'s references: what
   * {@code roots} reach, also through the references a tool's own extensions make.
   */
  public Set<String> reachableSchemas(Function<Map<?, ?>, Collection<String>> moreReferences, Object... roots) {
    Set<String> names = new LinkedHashSet<>();
    for (String ref : reachable(moreReferences, roots)) {
      if (ref.startsWith("#/components/schemas/")) {
        names.add(Pointer.schemaName(ref));
      }
    }
    return names;
  }
}
