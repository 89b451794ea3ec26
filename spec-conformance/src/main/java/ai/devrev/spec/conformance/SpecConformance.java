package ai.devrev.spec.conformance;

import ai.devrev.spec.conformance.Difference.Kind;
import ai.devrev.spec.conformance.Difference.Side;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares one operation of our document with the same operation upstream, walking both documents in
 * parallel from the operation: request, statuses, response headers, security, and every schema reached,
 * with {@code allOf} merged so that two structures saying the same thing agree. Descriptions, examples
 * and extensions are not facts and are ignored.
 */
@SuppressWarnings("rawtypes")
public final class SpecConformance {
  private enum Direction { REQUEST, RESPONSE }

  private final Document ours;
  private final Document upstream;
  private final List<Difference> differences = new ArrayList<>();
  private final Map<Schema, Set<Schema>> compared = new IdentityHashMap<>();

  private SpecConformance(Document ours, Document upstream) {
    this.ours = ours;
    this.upstream = upstream;
  }

  /** Compares {@code method path} of the two documents, given as paths or URLs. */
  public static ConformanceReport compare(String oursLocation, String upstreamLocation, String method, String path) {
    SpecConformance comparison = new SpecConformance(Document.load(oursLocation), Document.load(upstreamLocation));
    comparison.operation(method, path);
    return new ConformanceReport(method + " " + path, oursLocation, upstreamLocation, comparison.differences);
  }

  private void operation(String method, String path) {
    Operation mine = ours.operation(method, path);
    Operation theirs = upstream.operation(method, path);
    String at = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    security(at, mine, theirs);
    if (mine.getRequestBody() != null && theirs.getRequestBody() != null) {
      content(at + " request", mine.getRequestBody().getContent(), theirs.getRequestBody().getContent(), Direction.REQUEST);
    } else if (mine.getRequestBody() != theirs.getRequestBody()) {
      add(at + " request", Kind.PROPERTY, mine.getRequestBody() == null ? Side.UPSTREAM_ONLY : Side.OURS_ONLY, "request body", true);
    }
    Set<String> statuses = new TreeSet<>(mine.getResponses().keySet());
    statuses.addAll(theirs.getResponses().keySet());
    for (String status : statuses) {
      ApiResponse a = mine.getResponses().get(status);
      ApiResponse b = theirs.getResponses().get(status);
      if (a == null || b == null) {
        add(at + " " + status, Kind.STATUS, a == null ? Side.UPSTREAM_ONLY : Side.OURS_ONLY,
            "status " + status + " only in " + (a == null ? "upstream" : "ours"), false);
        continue;
      }
      a = ours.resolve(a);
      b = upstream.resolve(b);
      headers(at + " " + status, a.getHeaders(), b.getHeaders());
      content(at + " " + status, a.getContent(), b.getContent(), Direction.RESPONSE);
    }
  }

  private void security(String at, Operation mine, Operation theirs) {
    Set<String> a = schemes(ours, mine);
    Set<String> b = schemes(upstream, theirs);
    if (!a.equals(b)) {
      add(at, Kind.SECURITY, Side.BOTH_DIFFER, "security " + a + " in ours, " + b + " upstream", true);
    }
  }

  /** The operation's (else the document's) security schemes, as type/scheme, so names may differ. */
  private static Set<String> schemes(Document document, Operation operation) {
    var requirements = operation.getSecurity() != null ? operation.getSecurity() : document.openAPI.getSecurity();
    Set<String> schemes = new TreeSet<>();
    if (requirements != null) {
      requirements.forEach(requirement -> requirement.keySet().forEach(name -> {
        SecurityScheme scheme = document.openAPI.getComponents().getSecuritySchemes().get(name);
        schemes.add(scheme == null ? "undefined:" + name : scheme.getType() + "/" + scheme.getScheme());
      }));
    }
    return schemes;
  }

  private void headers(String at, Map<String, Header> mine, Map<String, Header> theirs) {
    Map<String, Header> a = mine == null ? Map.of() : mine;
    Map<String, Header> b = theirs == null ? Map.of() : theirs;
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(a.keySet());
    names.addAll(b.keySet());
    for (String name : names) {
      Header x = find(a, name);
      Header y = find(b, name);
      if (x == null || y == null) {
        add(at + " header " + name, Kind.HEADER, x == null ? Side.UPSTREAM_ONLY : Side.OURS_ONLY,
            "header only in " + (x == null ? "upstream" : "ours"), false);
      } else if (ours.resolve(x).getSchema() != null && upstream.resolve(y).getSchema() != null) {
        schema(at + " header " + name, ours.resolve(x).getSchema(), upstream.resolve(y).getSchema(), Direction.RESPONSE);
      }
    }
  }

  private static Header find(Map<String, Header> headers, String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  private void content(String at, Map<String, MediaType> mine, Map<String, MediaType> theirs, Direction direction) {
    Map<String, MediaType> a = mine == null ? Map.of() : mine;
    Map<String, MediaType> b = theirs == null ? Map.of() : theirs;
    Set<String> types = new TreeSet<>(a.keySet());
    types.addAll(b.keySet());
    for (String type : types) {
      if (!a.containsKey(type) || !b.containsKey(type)) {
        add(at + " " + type, Kind.TYPE, a.containsKey(type) ? Side.OURS_ONLY : Side.UPSTREAM_ONLY, "media type only in one", true);
      } else if (a.get(type).getSchema() != null && b.get(type).getSchema() != null) {
        schema(at + " $", a.get(type).getSchema(), b.get(type).getSchema(), direction);
      }
    }
  }

  private void schema(String at, Schema mine, Schema theirs, Direction direction) {
    Schema x = ours.resolve(mine);
    Schema y = upstream.resolve(theirs);
    if (!compared.computeIfAbsent(x, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(y)) {
      return; // already compared (or being compared, for recursive schemas)
    }
    Flat a = Flat.of(x, ours);
    Flat b = Flat.of(y, upstream);
    boolean response = direction == Direction.RESPONSE;
    if (!Objects.equals(a.type, b.type)) {
      add(at, Kind.TYPE, Side.BOTH_DIFFER, "type " + a.type + " in ours, " + b.type + " upstream", true);
      return;
    }
    if (!Objects.equals(a.format, b.format)) {
      add(at, Kind.FORMAT, Side.BOTH_DIFFER, "format " + a.format + " in ours, " + b.format + " upstream", true);
    }
    for (String value : only(a.enumValues, b.enumValues)) {
      add(at, Kind.ENUM_VALUE, Side.OURS_ONLY, "enum value '" + value + "' only in ours", !response);
    }
    for (String value : only(b.enumValues, a.enumValues)) {
      add(at, Kind.ENUM_VALUE, Side.UPSTREAM_ONLY, "enum value '" + value + "' only upstream", false);
    }
    for (String name : only(a.properties.keySet(), b.properties.keySet())) {
      add(at + "." + name, Kind.PROPERTY, Side.OURS_ONLY, "property only in ours", !response || a.required.contains(name));
    }
    for (String name : only(b.properties.keySet(), a.properties.keySet())) {
      add(at + "." + name, Kind.PROPERTY, Side.UPSTREAM_ONLY, "property only upstream", !response && b.required.contains(name));
    }
    for (String name : only(a.required, b.required)) {
      add(at + "." + name, Kind.REQUIRED, Side.OURS_ONLY, "required only in ours", response);
    }
    for (String name : only(b.required, a.required)) {
      add(at + "." + name, Kind.REQUIRED, Side.UPSTREAM_ONLY, "required only upstream", !response);
    }
    if (!Objects.equals(describe(a.additionalProperties), describe(b.additionalProperties))) {
      add(at, Kind.ADDITIONAL_PROPERTIES, Side.BOTH_DIFFER, "additionalProperties " + describe(a.additionalProperties)
          + " in ours, " + describe(b.additionalProperties) + " upstream", false);
    }
    a.properties.forEach((name, property) -> {
      Schema other = b.properties.get(name);
      if (other != null) {
        schema(at + "." + name, property, other, direction);
      }
    });
    if (a.items != null && b.items != null) {
      schema(at + "[]", a.items, b.items, direction);
    } else if (a.items != null || b.items != null) {
      add(at + "[]", Kind.TYPE, Side.BOTH_DIFFER, "array items only in " + (a.items == null ? "upstream" : "ours"), true);
    }
    union(at, a, b, direction);
  }

  private void union(String at, Flat a, Flat b, Direction direction) {
    if (!Objects.equals(a.discriminator, b.discriminator)) {
      add(at, Kind.DISCRIMINATOR, Side.BOTH_DIFFER, "discriminator " + a.discriminator + " in ours, " + b.discriminator + " upstream", true);
      return;
    }
    boolean response = direction == Direction.RESPONSE;
    Map<String, String> x = a.mapping.isEmpty() ? byName(a.oneOf) : a.mapping;
    Map<String, String> y = b.mapping.isEmpty() ? byName(b.oneOf) : b.mapping;
    for (String label : only(x.keySet(), y.keySet())) {
      add(at + " (" + label + ")", Kind.UNION_MEMBER, Side.OURS_ONLY, "union member '" + label + "' only in ours", !response);
    }
    for (String label : only(y.keySet(), x.keySet())) {
      add(at + " (" + label + ")", Kind.UNION_MEMBER, Side.UPSTREAM_ONLY, "union member '" + label + "' only upstream", false);
    }
    x.forEach((label, ref) -> {
      if (y.containsKey(label)) {
        schema(at + " (" + label + ")", ref(ref), ref(y.get(label)), direction);
      }
    });
  }

  private static Schema ref(String ref) {
    return new Schema().$ref(ref.startsWith("#") ? ref : "#/components/schemas/" + ref);
  }

  private static Map<String, String> byName(Set<String> members) {
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

  private static Set<String> only(Set<String> in, Set<String> notIn) {
    Set<String> result = new LinkedHashSet<>(in);
    result.removeAll(notIn);
    return result;
  }

  private void add(String location, Kind kind, Side side, String detail, boolean breaking) {
    differences.add(new Difference(location, kind, side, detail, breaking));
  }
}
