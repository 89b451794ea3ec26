package ai.devrev.codegen.moshi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the document's component schemas into the three shapes the templates know: enums, flat
 * objects and unions.
 *
 * <p>OpenAPI Generator's own handling of {@code allOf}/{@code oneOf}/{@code discriminator} copies
 * discriminator fields into members, collapses single-member unions and drops empty members; doing the
 * composition here, once, keeps every union a union and every member a plain object. Each object
 * keeps all of its properties (inherited ones included); a union keeps only the properties common to
 * its members, and members receive those common properties, minus every discriminator property, since
 * the union's adapter writes the label itself. The facts about unions go into vendor extensions that
 * {@link MoshiJavaCodegen} turns into class names.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class SchemaFlattener {
  static final String X_UNION = "x-moshi-union";
  static final String X_DISCRIMINATOR = "x-moshi-discriminator";
  static final String X_MEMBERS = "x-moshi-members";
  static final String X_PARENTS = "x-moshi-parents";
  static final String X_SKIP = "x-moshi-skip";
  static final String X_SKIP_ABOVE = "x-moshi-skip-above";
  static final String X_MODEL = "x-moshi-model";

  private static final String REF_PREFIX = "#/components/schemas/";

  private final Map<String, Schema> source;
  private final Map<String, Schema> target = new LinkedHashMap<>();
  private final Map<String, Union> unions = new LinkedHashMap<>();
  private final Map<String, Flat> flats = new LinkedHashMap<>();
  /** member schema name to the unions it belongs to, each with the member's label there. */
  private final Map<String, Map<String, String>> parents = new LinkedHashMap<>();

  private SchemaFlattener(Map<String, Schema> source) {
    this.source = source;
  }

  /** Replaces {@code openAPI}'s component schemas with their flattened form. */
  static void flatten(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> source = new LinkedHashMap<>();
    openAPI.getComponents().getSchemas().forEach((name, schema) -> source.put(name, schema));
    SchemaFlattener flattener = new SchemaFlattener(source);
    flattener.run();
    openAPI.getComponents().setSchemas((Map) flattener.reachable(openAPI));
  }

  /**
   * The rewritten schemas an operation can reach. Bases that only fed {@code allOf} and the enums of
   * discriminator properties are gone after flattening; generating them would only add dead types to
   * the public API.
   */
  private Map<String, Schema> reachable(OpenAPI openAPI) {
    Set<String> seen = new LinkedHashSet<>();
    List<Object> pending = new ArrayList<>();
    if (openAPI.getPaths() != null) {
      pending.add(openAPI.getPaths());
    }
    if (openAPI.getComponents().getResponses() != null) {
      pending.add(openAPI.getComponents().getResponses());
    }
    if (openAPI.getComponents().getRequestBodies() != null) {
      pending.add(openAPI.getComponents().getRequestBodies());
    }
    while (!pending.isEmpty()) {
      Object node = pending.remove(pending.size() - 1);
      for (String name : References.in(node)) {
        if (target.containsKey(name) && seen.add(name)) {
          pending.add(target.get(name));
        }
      }
    }
    Map<String, Schema> kept = new LinkedHashMap<>();
    target.forEach((name, schema) -> {
      if (seen.contains(name)) {
        kept.put(name, schema);
      }
    });
    return kept;
  }

  private static final class Union {
    final String name;
    final String property;
    final Map<String, String> members; // label -> member schema name
    final Flat flat;

    Union(String name, String property, Map<String, String> members, Flat flat) {
      this.name = name;
      this.property = property;
      this.members = members;
      this.flat = flat;
    }
  }

  /** A schema with {@code allOf} resolved: its properties, required names and discriminator. */
  private static final class Flat {
    final Map<String, Schema> properties = new LinkedHashMap<>();
    final Set<String> required = new LinkedHashSet<>();
    Discriminator discriminator;
    final List<String> oneOf = new ArrayList<>();
    String description;
    boolean closed;
  }

  private void run() {
    source.forEach((name, schema) -> {
      if (isObjectLike(schema)) {
        Flat flat = flattenNamed(name, schema);
        flats.put(name, flat);
        if (flat.discriminator != null) {
          unions.put(name, union(name, flat));
        }
      }
    });
    unions.values().forEach(union -> union.members.forEach((label, member) -> {
      if (!flats.containsKey(member)) {
        throw new IllegalStateException("Union " + union.name + " maps '" + label + "' to " + member
            + ", which is not an object schema");
      }
    }));
    Map<String, Schema> copies = copyMembersThatCannotBeShared();
    unions.values().forEach(union -> union.members.forEach((label, member) ->
        parents.computeIfAbsent(member, k -> new LinkedHashMap<>()).put(union.name, label)));

    Map<String, Schema> all = new LinkedHashMap<>(source);
    all.putAll(copies);
    all.forEach((name, schema) -> {
      Flat flat = flats.get(name);
      if (flat == null) {
        target.put(name, schema);
      } else {
        target.put(name, rewrite(name, flat));
      }
    });
  }

  /**
   * A member schema can be one class implementing every union it belongs to when it has one label in
   * each and none of them adds properties of its own (DevRev's {@code dev-user-summary} is a user, an
   * atom and a link endpoint). Otherwise each union gets a copy per label, named
   * {@code <union>-<label>}, with the union's properties and the member's: DevRev's {@code empty} is the
   * {@code none} kind of several update requests, each with its own {@code id}, and both the
   * {@code forbidden} and {@code not_found} result of an event.
   */
  private Map<String, Schema> copyMembersThatCannotBeShared() {
    Map<String, List<String[]>> uses = new LinkedHashMap<>(); // member -> (union, label)
    unions.values().forEach(union -> union.members.forEach((label, member) ->
        uses.computeIfAbsent(member, k -> new ArrayList<>()).add(new String[] {union.name, label})));
    Map<String, Schema> copies = new LinkedHashMap<>();
    uses.forEach((member, entries) -> {
      Set<String> distinctUnions = new LinkedHashSet<>();
      entries.forEach(e -> distinctUnions.add(e[0]));
      boolean twoLabels = distinctUnions.size() < entries.size();
      boolean unionsAddProperties = entries.size() > 1 && distinctUnions.stream().anyMatch(this::addsProperties);
      if (!twoLabels && !unionsAddProperties) {
        return;
      }
      for (String[] entry : entries) {
        String name = entry[0] + "-" + String.join("-", Naming.words(entry[1])).toLowerCase(java.util.Locale.ROOT);
        if (source.containsKey(name) || copies.containsKey(name)) {
          throw new IllegalStateException("Union " + entry[0] + " shares member " + member + " under label '" + entry[1]
              + "', which needs a schema of its own; its name " + name + " is taken");
        }
        copies.put(name, source.get(member));
        flats.put(name, flats.get(member));
        unions.get(entry[0]).members.put(entry[1], name);
      }
    });
    return copies;
  }

  /** Whether a union declares properties beyond its discriminator, which its members inherit. */
  private boolean addsProperties(String union) {
    Union u = unions.get(union);
    return u.flat.properties.keySet().stream().anyMatch(p -> !p.equals(u.property));
  }

  /** Flattens a component schema; a construct the generator does not support is reported with the schema's name. */
  private Flat flattenNamed(String name, Schema schema) {
    try {
      return flatten(schema, true);
    } catch (IllegalStateException unsupported) {
      throw new IllegalStateException("Schema " + name + ": " + unsupported.getMessage(), unsupported);
    }
  }

  private Union union(String name, Flat flat) {
    String property = flat.discriminator.getPropertyName();
    Map<String, String> members = new LinkedHashMap<>();
    if (flat.discriminator.getMapping() != null && !flat.discriminator.getMapping().isEmpty()) {
      flat.discriminator.getMapping().forEach((label, ref) -> members.put(label, refName(ref)));
    } else {
      flat.oneOf.forEach(member -> members.put(member, member));
    }
    return new Union(name, property, members, flat);
  }

  private Schema rewrite(String name, Flat flat) {
    ObjectSchema schema = new ObjectSchema();
    schema.setDescription(flat.description);
    schema.addExtension(X_MODEL, true);
    Map<String, Schema> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    Set<String> above = discriminatorsAbove(name);
    if (!above.isEmpty()) {
      schema.addExtension(X_SKIP_ABOVE, new ArrayList<>(above));
    }
    Set<String> skip = new LinkedHashSet<>(above);

    Union union = unions.get(name);
    if (union != null) {
      skip.add(union.property);
      schema.addExtension(X_UNION, true);
      schema.addExtension(X_DISCRIMINATOR, union.property);
      List<Map<String, String>> members = new ArrayList<>();
      union.members.forEach((label, member) -> {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("label", label);
        entry.put("schema", member);
        members.add(entry);
      });
      schema.addExtension(X_MEMBERS, members);
    }
    addInherited(name, properties, required);
    flat.properties.forEach(properties::put);
    required.addAll(flat.required);
    if (union != null) {
      addShared(union, skip, properties, required);
    }

    Map<String, Schema> kept = new LinkedHashMap<>();
    properties.forEach((property, value) -> {
      if (!skip.contains(property)) {
        kept.put(property, normalizeProperty(name, property, value));
      }
    });
    required.retainAll(kept.keySet());
    schema.setProperties(kept.isEmpty() ? null : new LinkedHashMap<>(kept));
    schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
    if (kept.isEmpty()) {
      // Keeps OpenAPI Generator from treating an empty object or union as a free-form map and skipping it.
      schema.addExtension("x-is-free-form", false);
    }
    if (parents.containsKey(name)) {
      List<Map<String, String>> list = new ArrayList<>();
      parents.get(name).forEach((parent, label) -> {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("union", parent);
        entry.put("label", label);
        list.add(entry);
      });
      schema.addExtension(X_PARENTS, list);
    }
    if (!skip.isEmpty()) {
      schema.addExtension(X_SKIP, new ArrayList<>(skip));
    }
    return schema;
  }

  /**
   * Properties every member of {@code union} has, the same way (same schema, same required-ness): the
   * union's interface declares them too, so callers read {@code id()} of any atom without a visitor.
   * Only named or simple schemas qualify: an inline enum would become a different class per member.
   */
  private void addShared(Union union, Set<String> skip, Map<String, Schema> properties, Set<String> required) {
    Map<String, Schema> shared = null;
    Set<String> sharedRequired = new LinkedHashSet<>();
    for (String member : new LinkedHashSet<>(union.members.values())) {
      if (unions.containsKey(member)) {
        return; // a nested union's members are compared within it
      }
      Map<String, Schema> own = new LinkedHashMap<>();
      Set<String> ownRequired = new LinkedHashSet<>();
      addInherited(member, own, ownRequired);
      own.putAll(flats.get(member).properties);
      ownRequired.addAll(flats.get(member).required);
      if (shared == null) {
        shared = new LinkedHashMap<>(own);
        sharedRequired.addAll(ownRequired);
        shared.keySet().removeIf(name -> skip.contains(name) || !isNamedOrSimple(own.get(name)));
        continue;
      }
      Map<String, Schema> sharedSoFar = shared;
      sharedSoFar.keySet().removeIf(name -> !own.containsKey(name) || !own.get(name).equals(sharedSoFar.get(name))
          || sharedRequired.contains(name) != ownRequired.contains(name));
    }
    if (shared == null) {
      return;
    }
    shared.forEach(properties::putIfAbsent);
    sharedRequired.retainAll(shared.keySet());
    required.addAll(sharedRequired);
  }

  private static boolean isNamedOrSimple(Schema schema) {
    if (schema.get$ref() != null) {
      return true;
    }
    if (schema.getItems() != null) {
      return isNamedOrSimple(schema.getItems());
    }
    return (schema.getEnum() == null || schema.getEnum().isEmpty()) && schema.getProperties() == null
        && schema.getAllOf() == null && schema.getOneOf() == null && !"object".equals(schema.getType());
  }

  /** Properties that every union above {@code name} declares for all of its members. */
  private void addInherited(String name, Map<String, Schema> properties, Set<String> required) {
    Map<String, String> above = parents.getOrDefault(name, Map.of());
    for (String parent : above.keySet()) {
      addInherited(parent, properties, required);
      Flat flat = unions.get(parent).flat;
      flat.properties.forEach(properties::putIfAbsent);
      required.addAll(flat.required);
    }
  }

  private Set<String> discriminatorsAbove(String name) {
    Set<String> names = new LinkedHashSet<>();
    for (String parent : parents.getOrDefault(name, Map.of()).keySet()) {
      names.add(unions.get(parent).property);
      names.addAll(discriminatorsAbove(parent));
    }
    return names;
  }

  /** Inline enums and objects become components of their own, so each gets a class. */
  private Schema normalizeProperty(String owner, String property, Schema value) {
    if (value.get$ref() != null) {
      return value;
    }
    List<Schema> allOf = value.getAllOf();
    if (allOf != null && allOf.size() == 1 && allOf.get(0).get$ref() != null && value.getProperties() == null) {
      return new Schema().$ref(allOf.get(0).get$ref()).description(value.getDescription());
    }
    if (value.getItems() != null) {
      ArraySchema array = new ArraySchema();
      array.setDescription(value.getDescription());
      array.setItems(normalizeProperty(owner, property + "-item", value.getItems()));
      return array;
    }
    if (value.getEnum() != null && !value.getEnum().isEmpty()) {
      return extract(owner + "-" + property, value);
    }
    if (isObjectLike(value)) {
      Flat flat = flatten(value, true);
      if (flat.properties.isEmpty() && flat.discriminator == null && !flat.closed) {
        // A free-form object: keep every value, integers exactly.
        ObjectSchema map = new ObjectSchema();
        map.setDescription(value.getDescription());
        map.setAdditionalProperties(true);
        return map;
      }
      String name = owner + "-" + property;
      target.put(name, rewrite(name, flat));
      return new Schema().$ref(REF_PREFIX + name).description(value.getDescription());
    }
    return value;
  }

  private Schema extract(String name, Schema value) {
    if (source.containsKey(name) || target.containsKey(name)) {
      throw new IllegalStateException("Cannot name inline schema " + name + ": the name is taken");
    }
    target.put(name, value);
    return new Schema().$ref(REF_PREFIX + name).description(value.getDescription());
  }

  private Flat flatten(Schema schema, boolean own) {
    Flat flat = new Flat();
    if (schema.get$ref() != null) {
      Schema resolved = resolve(schema);
      Flat inner = flatten(resolved, true);
      flat.properties.putAll(inner.properties);
      flat.required.addAll(inner.required);
      flat.closed = inner.closed;
      return flat;
    }
    List<Schema> allOf = schema.getAllOf();
    if (allOf != null) {
      for (Schema part : allOf) {
        Flat inner = flatten(part, part.get$ref() == null);
        flat.properties.putAll(inner.properties);
        flat.required.addAll(inner.required);
        flat.closed |= inner.closed;
        // A discriminator reached through a $ref belongs to that schema, not to this one.
        if (part.get$ref() == null && inner.discriminator != null) {
          flat.discriminator = inner.discriminator;
          flat.oneOf.addAll(inner.oneOf);
        }
        if (flat.description == null && part.get$ref() == null) {
          flat.description = inner.description;
        }
      }
    }
    if (schema.getProperties() != null) {
      flat.properties.putAll(schema.getProperties());
    }
    if (schema.getRequired() != null) {
      flat.required.addAll(schema.getRequired());
    }
    if (own && schema.getDiscriminator() != null) {
      flat.discriminator = schema.getDiscriminator();
    }
    List<Schema> oneOf = schema.getOneOf();
    if (own && oneOf != null) {
      oneOf.forEach(member -> {
        if (member.get$ref() == null) {
          throw new IllegalStateException("an inline oneOf member is not supported (a union's members need names of their own)");
        }
        flat.oneOf.add(refName(member.get$ref()));
      });
    }
    if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
      flat.closed = true;
    }
    if (schema.getDescription() != null) {
      flat.description = schema.getDescription();
    }
    return flat;
  }

  private Schema resolve(Schema schema) {
    String name = refName(schema.get$ref());
    Schema resolved = source.get(name);
    if (resolved == null) {
      throw new IllegalStateException("Unresolved reference " + schema.get$ref());
    }
    return resolved;
  }

  private static boolean isObjectLike(Schema schema) {
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return false;
    }
    return "object".equals(schema.getType()) || schema.getAllOf() != null || schema.getOneOf() != null
        || schema.getProperties() != null || schema.getDiscriminator() != null;
  }

  static String refName(String ref) {
    if (!ref.startsWith(REF_PREFIX)) {
      throw new IllegalStateException("Only local schema references are supported: " + ref);
    }
    return ref.substring(REF_PREFIX.length());
  }
}
