package ai.devrev.spec.gates;

import ai.devrev.spec.gates.Difference.Change;
import ai.devrev.spec.gates.Difference.Direction;
import ai.devrev.spec.gates.Difference.Kind;
import ai.devrev.spec.walker.FlatSchema;
import ai.devrev.spec.walker.Located;
import ai.devrev.spec.walker.Pointer;
import ai.devrev.spec.walker.SpecDocument;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts on which two OpenAPI documents disagree, found by walking both in parallel from each
 * operation: request, statuses, response headers, security, the API version header, and every schema
 * reached, merged with {@link FlatSchema} so that two structures saying the same thing agree.
 * Descriptions, examples and extensions other than {@code x-fern-version} are not facts.
 */
@SuppressWarnings("rawtypes")
public final class SpecDiff {
  private static final String VERSION_EXTENSION = "x-fern-version";

  private final SpecDocument from;
  private final SpecDocument to;
  private final Wording words;
  private final List<Difference> differences = new ArrayList<>();
  private final Map<Schema, Set<Schema>> compared = new IdentityHashMap<>();

  private SpecDiff(SpecDocument from, SpecDocument to, Wording words) {
    this.from = from;
    this.to = to;
    this.words = words;
  }

  /** The differences of one operation, {@code from} the older (or our) document {@code to} the newer. */
  public static List<Difference> operation(SpecDocument from, SpecDocument to, Wording words, String method, String path) {
    SpecDiff diff = new SpecDiff(from, to, words);
    diff.version();
    diff.operation(method.toUpperCase(Locale.ROOT), path);
    return diff.differences;
  }

  /** The differences of every operation either document declares. */
  public static List<Difference> all(SpecDocument from, SpecDocument to, Wording words) {
    SpecDiff diff = new SpecDiff(from, to, words);
    diff.version();
    Set<String> a = operations(from);
    Set<String> b = operations(to);
    Set<String> both = new TreeSet<>(a);
    both.addAll(b);
    for (String operation : both) {
      if (!a.contains(operation) || !b.contains(operation)) {
        diff.add(operation, Kind.OPERATION, a.contains(operation) ? Change.REMOVED : Change.ADDED, Direction.DOCUMENT,
            operation, a.contains(operation) ? words.removed("operation") : words.added("operation"), null, null);
      } else {
        String[] parts = operation.split(" ", 2);
        diff.operation(parts[0], parts[1]);
      }
    }
    return diff.differences;
  }

  private static Set<String> operations(SpecDocument document) {
    Set<String> operations = new TreeSet<>();
    if (document.openAPI().getPaths() != null) {
      document.openAPI().getPaths().forEach((path, item) ->
          item.readOperationsMap().keySet().forEach(method -> operations.add(method + " " + path)));
    }
    return operations;
  }

  /** DevRev's {@code x-fern-version}: the header that carries the API version, and the version sent. */
  private void version() {
    Map<?, ?> a = versionOf(from);
    Map<?, ?> b = versionOf(to);
    if (a == null && b == null) {
      return;
    }
    if (a == null || b == null) {
      add(VERSION_EXTENSION, Kind.VERSION_HEADER, a == null ? Change.ADDED : Change.REMOVED, Direction.DOCUMENT,
          VERSION_EXTENSION, a == null ? words.added("API version header") : words.removed("API version header"), null, null);
      return;
    }
    for (String field : List.of("header", "default")) {
      if (!Objects.equals(String.valueOf(a.get(field)), String.valueOf(b.get(field)))) {
        add(VERSION_EXTENSION, Kind.VERSION_HEADER, Change.CHANGED, Direction.DOCUMENT, field,
            words.changed(VERSION_EXTENSION + " " + field, a.get(field), b.get(field)), null, null);
      }
    }
  }

  private static Map<?, ?> versionOf(SpecDocument document) {
    Map<String, Object> extensions = document.openAPI().getExtensions();
    Object version = extensions == null ? null : extensions.get(VERSION_EXTENSION);
    return version instanceof Map ? (Map<?, ?>) version : null;
  }

  private void operation(String method, String path) {
    Operation mine = from.operation(method, path);
    Operation theirs = to.operation(method, path);
    String at = method + " " + path;
    String pointer = Pointer.child(Pointer.child(Pointer.child("", "paths"), path), method.toLowerCase(Locale.ROOT));
    security(at, mine, theirs);
    RequestBody a = mine.getRequestBody() == null ? null : from.resolve(mine.getRequestBody());
    RequestBody b = theirs.getRequestBody() == null ? null : to.resolve(theirs.getRequestBody());
    if (a != null && b != null) {
      content(at + " request", a.getContent(), bodyPointer(mine.getRequestBody(), pointer),
          b.getContent(), bodyPointer(theirs.getRequestBody(), pointer), Direction.REQUEST);
    } else if (a != null || b != null) {
      add(at + " request", Kind.MEDIA_TYPE, a == null ? Change.ADDED : Change.REMOVED, Direction.REQUEST, "request body",
          a == null ? words.added("request body") : words.removed("request body"), null, null);
    }
    Set<String> statuses = new TreeSet<>(mine.getResponses().keySet());
    statuses.addAll(theirs.getResponses().keySet());
    for (String status : statuses) {
      ApiResponse x = mine.getResponses().get(status);
      ApiResponse y = theirs.getResponses().get(status);
      if (x == null || y == null) {
        add(at + " " + status, Kind.STATUS, x == null ? Change.ADDED : Change.REMOVED, Direction.RESPONSE, status,
            x == null ? words.added("status " + status) : words.removed("status " + status), null, null);
        continue;
      }
      String xAt = responsePointer(x, pointer, status);
      String yAt = responsePointer(y, pointer, status);
      x = from.resolve(x);
      y = to.resolve(y);
      headers(at + " " + status, x.getHeaders(), Pointer.child(xAt, "headers"), y.getHeaders(), Pointer.child(yAt, "headers"));
      content(at + " " + status, x.getContent(), Pointer.child(xAt, "content"), y.getContent(), Pointer.child(yAt, "content"),
          Direction.RESPONSE);
    }
  }

  private static String bodyPointer(RequestBody body, String operation) {
    String base = body.get$ref() != null ? Pointer.ofRef(body.get$ref()) : Pointer.child(operation, "requestBody");
    return Pointer.child(base, "content");
  }

  private static String responsePointer(ApiResponse response, String operation, String status) {
    return response.get$ref() != null ? Pointer.ofRef(response.get$ref())
        : Pointer.child(Pointer.child(operation, "responses"), status);
  }

  private void security(String at, Operation mine, Operation theirs) {
    Set<String> a = schemes(from, mine);
    Set<String> b = schemes(to, theirs);
    if (!a.equals(b)) {
      add(at, Kind.SECURITY, Change.CHANGED, Direction.REQUEST, "security", words.changed("security", a, b), null, null);
    }
  }

  /** The operation's (else the document's) security schemes, as type/scheme, so that names may differ. */
  private static Set<String> schemes(SpecDocument document, Operation operation) {
    var requirements = operation.getSecurity() != null ? operation.getSecurity() : document.openAPI().getSecurity();
    Set<String> schemes = new TreeSet<>();
    if (requirements != null) {
      requirements.forEach(requirement -> requirement.keySet().forEach(name -> {
        var components = document.openAPI().getComponents();
        SecurityScheme scheme = components == null || components.getSecuritySchemes() == null ? null
            : components.getSecuritySchemes().get(name);
        schemes.add(scheme == null ? "undefined:" + name : scheme.getType() + "/" + scheme.getScheme());
      }));
    }
    return schemes;
  }

  private void headers(String at, Map<String, Header> mine, String mineAt, Map<String, Header> theirs, String theirsAt) {
    Map<String, Header> a = mine == null ? Map.of() : mine;
    Map<String, Header> b = theirs == null ? Map.of() : theirs;
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(a.keySet());
    names.addAll(b.keySet());
    for (String name : names) {
      String x = find(a, name);
      String y = find(b, name);
      if (x == null || y == null) {
        add(at + " header " + name, Kind.HEADER, x == null ? Change.ADDED : Change.REMOVED, Direction.RESPONSE, name,
            x == null ? words.added("header") : words.removed("header"), null, null);
        continue;
      }
      Header hx = from.resolve(a.get(x));
      Header hy = to.resolve(b.get(y));
      if (hx.getSchema() != null && hy.getSchema() != null) {
        schema(at + " header " + name, hx.getSchema(), headerSchemaPointer(a.get(x), mineAt, x),
            hy.getSchema(), headerSchemaPointer(b.get(y), theirsAt, y), Direction.RESPONSE);
      }
    }
  }

  private static String headerSchemaPointer(Header header, String headers, String name) {
    return Pointer.child(header.get$ref() != null ? Pointer.ofRef(header.get$ref()) : Pointer.child(headers, name), "schema");
  }

  private static String find(Map<String, Header> headers, String name) {
    return headers.keySet().stream().filter(key -> key.equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  private void content(String at, Map<String, MediaType> mine, String mineAt, Map<String, MediaType> theirs, String theirsAt,
      Direction direction) {
    Map<String, MediaType> a = mine == null ? Map.of() : mine;
    Map<String, MediaType> b = theirs == null ? Map.of() : theirs;
    Set<String> types = new TreeSet<>(a.keySet());
    types.addAll(b.keySet());
    for (String type : types) {
      String here = type.equals("application/json") ? at + " $" : at + " " + type + " $";
      if (!a.containsKey(type) || !b.containsKey(type)) {
        add(at + " " + type, Kind.MEDIA_TYPE, a.containsKey(type) ? Change.REMOVED : Change.ADDED, direction, type,
            a.containsKey(type) ? words.removed("media type " + type) : words.added("media type " + type), null, null);
      } else if (a.get(type).getSchema() != null && b.get(type).getSchema() != null) {
        schema(here, a.get(type).getSchema(), Pointer.child(Pointer.child(mineAt, type), "schema"),
            b.get(type).getSchema(), Pointer.child(Pointer.child(theirsAt, type), "schema"), direction);
      }
    }
  }

  private void schema(String at, Schema mine, String mineAt, Schema theirs, String theirsAt, Direction direction) {
    Located x = from.locate(mine, mineAt);
    Located y = to.locate(theirs, theirsAt);
    if (!compared.computeIfAbsent(x.schema(), k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(y.schema())) {
      return; // already compared, or being compared (a recursive schema)
    }
    FlatSchema a = FlatSchema.of(from, mine, mineAt);
    FlatSchema b = FlatSchema.of(to, theirs, theirsAt);
    if (!Objects.equals(a.type(), b.type())) {
      add(at, Kind.TYPE, Change.CHANGED, direction, null, words.changed("type", a.type(), b.type()), a, b);
      return;
    }
    if (!Objects.equals(a.format(), b.format())) {
      Change change = a.format() == null ? Change.ADDED : b.format() == null ? Change.REMOVED : Change.CHANGED;
      add(at, Kind.FORMAT, change, direction, null, words.changed("format", a.format(), b.format()), a, b);
    }
    for (String value : only(a.enumValues(), b.enumValues())) {
      add(at, Kind.ENUM_VALUE, Change.REMOVED, direction, value, words.removed("enum value '" + value + "'"), a, b);
    }
    for (String value : only(b.enumValues(), a.enumValues())) {
      add(at, Kind.ENUM_VALUE, Change.ADDED, direction, value, words.added("enum value '" + value + "'"), a, b);
    }
    for (String name : only(a.properties().keySet(), b.properties().keySet())) {
      add(at + "." + name, Kind.PROPERTY, Change.REMOVED, direction, name, words.removed("property"), a, b);
    }
    for (String name : only(b.properties().keySet(), a.properties().keySet())) {
      add(at + "." + name, Kind.PROPERTY, Change.ADDED, direction, name, words.added("property"), a, b);
    }
    for (String name : only(a.required(), b.required())) {
      add(at + "." + name, Kind.REQUIRED, Change.REMOVED, direction, name, words.removed("required"), a, b);
    }
    for (String name : only(b.required(), a.required())) {
      add(at + "." + name, Kind.REQUIRED, Change.ADDED, direction, name, words.added("required"), a, b);
    }
    if (!Objects.equals(describe(a.additionalProperties()), describe(b.additionalProperties()))) {
      add(at, Kind.ADDITIONAL_PROPERTIES, Change.CHANGED, direction, null,
          words.changed("additionalProperties", describe(a.additionalProperties()), describe(b.additionalProperties())), a, b);
    }
    a.properties().keySet().forEach(name -> {
      if (b.properties().containsKey(name)) {
        Located p = a.property(name);
        Located q = b.property(name);
        schema(at + "." + name, p.schema(), p.pointer(), q.schema(), q.pointer(), direction);
      }
    });
    if (a.items() != null && b.items() != null) {
      schema(at + "[]", a.items().schema(), a.items().pointer(), b.items().schema(), b.items().pointer(), direction);
    } else if (a.items() != null || b.items() != null) {
      add(at + "[]", Kind.TYPE, Change.CHANGED, direction, null,
          words.changed("array items", a.items() == null ? "none" : "a schema", b.items() == null ? "none" : "a schema"), a, b);
    }
    union(at, a, b, direction);
  }

  private void union(String at, FlatSchema a, FlatSchema b, Direction direction) {
    if (!a.discriminator().equals(b.discriminator())) {
      add(at, Kind.DISCRIMINATOR, Change.CHANGED, direction, null,
          words.changed("discriminator", a.discriminator().orElse("none"), b.discriminator().orElse("none")), a, b);
      return;
    }
    Map<String, String> x = a.discriminator().isPresent() ? a.members() : byName(a.oneOf());
    Map<String, String> y = b.discriminator().isPresent() ? b.members() : byName(b.oneOf());
    for (String label : only(x.keySet(), y.keySet())) {
      add(at + " (" + label + ")", Kind.UNION_MEMBER, Change.REMOVED, direction, label,
          words.removed("union member '" + label + "'"), a, b);
    }
    for (String label : only(y.keySet(), x.keySet())) {
      add(at + " (" + label + ")", Kind.UNION_MEMBER, Change.ADDED, direction, label,
          words.added("union member '" + label + "'"), a, b);
    }
    x.forEach((label, member) -> {
      if (y.containsKey(label)) {
        String name = y.get(label);
        schema(at + " (" + label + ")", new Schema().$ref(Pointer.schemaRef(member)), null,
            new Schema().$ref(Pointer.schemaRef(name)), null, direction);
      }
    });
  }

  private static Map<String, String> byName(List<String> members) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    members.forEach(member -> map.put(member, member));
    return map;
  }

  private static String describe(Object additionalProperties) {
    if (additionalProperties == null) {
      return "unset";
    }
    return additionalProperties instanceof Boolean ? additionalProperties.toString() : "a schema";
  }

  private static Set<String> only(java.util.Collection<String> in, java.util.Collection<String> notIn) {
    Set<String> result = new LinkedHashSet<>(in);
    result.removeAll(notIn);
    return result;
  }

  private void add(String location, Kind kind, Change change, Direction direction, String subject, String detail,
      FlatSchema a, FlatSchema b) {
    differences.add(new Difference(location, kind, change, direction, subject, detail, a, b));
  }
}
