package ai.devrev.codegen.moshi;

import ai.devrev.spec.walker.FlatSchema;
import ai.devrev.spec.walker.Located;
import ai.devrev.spec.walker.Pointer;
import ai.devrev.spec.walker.SpecDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collection;
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
 * composition here, once, keeps every union a union and every member a plain object. How a schema reads
 * with its {@code $ref}s followed and its {@code allOf} merged, and what a union's members are, is
 * {@link FlatSchema}'s (the one reading every build-time tool of this project shares); which classes
 * there are, and with which properties, is decided here. Each object keeps all of its properties
 * (inherited ones included); a union keeps only the properties common to its members, and members
 * receive those common properties, minus every discriminator property, since the union's adapter
 * writes the label itself. The facts about unions go into vendor extensions that
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

  private final SpecDocument document;
  private final Map<String, Schema> source;
  private final Map<String, Schema> target = new LinkedHashMap<>();
  private final Map<String, Union> unions = new LinkedHashMap<>();
  private final Map<String, FlatSchema> flats = new LinkedHashMap<>();
  /** member schema name to the unions it belongs to, each with the member's label there. */
  private final Map<String, Map<String, String>> parents = new LinkedHashMap<>();

  private SchemaFlattener(SpecDocument document) {
    this.document = document;
    this.source = new LinkedHashMap<>(document.schemas());
  }

  /** Replaces the component schemas of {@code openAPI} (read from {@code location}) with their flattened form. */
  static void flatten(OpenAPI openAPI, String location) {
    SpecDocument document = SpecDocument.of(location, openAPI);
    if (document.schemas().isEmpty()) {
      return;
    }
    SchemaFlattener flattener = new SchemaFlattener(document);
    flattener.run();
    openAPI.getComponents().setSchemas((Map) flattener.target);
    Set<String> reachable = reachableSchemas(document, operationRoots(openAPI));
    openAPI.getComponents().getSchemas().keySet().retainAll(reachable);
  }

  /**
   * Where the schemas an operation can reach are found: the paths, and the shared responses and request
   * bodies. Bases that only fed {@code allOf} and the enums of discriminator properties are gone after
   * flattening; generating them would only add dead types to the public API.
   */
  private static Object[] operationRoots(OpenAPI openAPI) {
    List<Object> roots = new ArrayList<>();
    roots.add(openAPI.getPaths() == null ? Map.of() : openAPI.getPaths());
    if (openAPI.getComponents().getResponses() != null) {
      roots.add(openAPI.getComponents().getResponses());
    }
    if (openAPI.getComponents().getRequestBodies() != null) {
      roots.add(openAPI.getComponents().getRequestBodies());
    }
    return roots.toArray();
  }

  /** The flattened schemas {@code roots} reach, through {@code $ref}s and the members of unions ({@link #X_MEMBERS}). */
  static Set<String> reachableSchemas(SpecDocument flattened, Object... roots) {
    return flattened.reachableSchemas(SchemaFlattener::memberReferences, roots);
  }

  /** The {@code $ref}s a flattened union's {@link #X_MEMBERS} entries stand for. */
  private static Collection<String> memberReferences(Map<?, ?> node) {
    Object members = node.get(X_MEMBERS);
    if (!(members instanceof List)) {
      return List.of();
    }
    List<String> refs = new ArrayList<>();
    for (Object member : (List<?>) members) {
      refs.add(Pointer.schemaRef((String) ((Map<?, ?>) member).get("schema")));
    }
    return refs;
  }

  private static final class Union {
    final String name;
    final String property;
    final Map<String, String> members; // label -> member schema name
    final FlatSchema flat;

    Union(String name, String property, Map<String, String> members, FlatSchema flat) {
      this.name = name;
      this.property = property;
      this.members = members;
      this.flat = flat;
    }
  }

  private void run() {
    source.forEach((name, schema) -> {
      if (FlatSchema.isObjectLike(schema)) {
        FlatSchema flat = flattenNamed(name);
        flats.put(name, flat);
        flat.discriminator().ifPresent(property ->
            unions.put(name, new Union(name, property, new LinkedHashMap<>(flat.members()), flat)));
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
      FlatSchema flat = flats.get(name);
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
    return u.flat.properties().keySet().stream().anyMatch(p -> !p.equals(u.property));
  }

  /** Flattens a component schema; a construct the generator does not support is reported with the schema's name. */
  private FlatSchema flattenNamed(String name) {
    try {
      return FlatSchema.of(document, name);
    } catch (IllegalStateException | IllegalArgumentException unsupported) {
      throw new IllegalStateException("Schema " + name + ": " + unsupported.getMessage(), unsupported);
    }
  }

  private Schema rewrite(String name, FlatSchema flat) {
    ObjectSchema schema = new ObjectSchema();
    schema.setDescription(flat.description());
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
    flat.properties().forEach(properties::put);
    required.addAll(flat.required());
    if (union != null) {
      addShared(union, skip, properties, required);
    }

    Map<String, Schema> kept = new LinkedHashMap<>();
    properties.forEach((property, value) -> {
      if (!skip.contains(property)) {
        Located declared = flat.property(property);
        String pointer = declared != null && declared.schema() == value ? declared.pointer() : null;
        kept.put(property, normalizeProperty(name, property, value, pointer));
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
      own.putAll(flats.get(member).properties());
      ownRequired.addAll(flats.get(member).required());
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
      FlatSchema flat = unions.get(parent).flat;
      flat.properties().forEach(properties::putIfAbsent);
      required.addAll(flat.required());
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

  /**
   * Inline enums and objects become components of their own, so each gets a class; {@code pointer} is
   * where {@code value} is declared, if known.
   */
  private Schema normalizeProperty(String owner, String property, Schema value, String pointer) {
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
      array.setItems(normalizeProperty(owner, property + "-item", value.getItems(), Pointer.child(pointer, "items")));
      return array;
    }
    if (value.getEnum() != null && !value.getEnum().isEmpty()) {
      return extract(owner + "-" + property, value);
    }
    if (FlatSchema.isObjectLike(value)) {
      FlatSchema flat = FlatSchema.of(document, value, pointer);
      if (flat.properties().isEmpty() && flat.discriminator().isEmpty() && !flat.closed()) {
        // A free-form object: keep every value, integers exactly.
        ObjectSchema map = new ObjectSchema();
        map.setDescription(value.getDescription());
        map.setAdditionalProperties(true);
        return map;
      }
      String name = owner + "-" + property;
      target.put(name, rewrite(name, flat));
      return new Schema().$ref(Pointer.schemaRef(name)).description(value.getDescription());
    }
    return value;
  }

  private Schema extract(String name, Schema value) {
    if (source.containsKey(name) || target.containsKey(name)) {
      throw new IllegalStateException("Cannot name inline schema " + name + ": the name is taken");
    }
    target.put(name, value);
    return new Schema().$ref(Pointer.schemaRef(name)).description(value.getDescription());
  }
}
