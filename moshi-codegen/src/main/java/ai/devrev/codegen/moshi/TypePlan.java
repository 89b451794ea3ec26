package ai.devrev.codegen.moshi;

import ai.devrev.spec.walker.Pointer;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which Java type each flattened schema becomes and where it is declared: a union's own kinds
 * (schemas named after the union, {@code error-bad-request-invalid-field}) are nested in the union and
 * named after their label ({@code ErrorBadRequest.InvalidField}); a schema named after the object that
 * refers to it ({@code conversations-create-request-message}) is nested in that object
 * ({@code ConversationsCreateRequest.Message}); every other schema is a top-level class named after
 * itself. The rules are {@link Naming}'s; this class applies them to a whole document.
 */
@SuppressWarnings("rawtypes")
final class TypePlan {
  enum Shape { ENUM, OBJECT, UNION }

  /** One generated type. */
  static final class Decl {
    final String schema;
    final Shape shape;
    final Schema definition;
    Decl parent;
    String simpleName;
    /** The label this type has as its parent union's own kind, or null. */
    String kindLabel;
    final List<Decl> children = new ArrayList<>();

    Decl(String schema, Shape shape, Schema definition) {
      this.schema = schema;
      this.shape = shape;
      this.definition = definition;
    }

    /** {@code ErrorBadRequest.CustomizationValidationError.WrongType}. */
    String qualifiedName() {
      return parent == null ? simpleName : parent.qualifiedName() + "." + simpleName;
    }

    /** {@code ErrorBadRequest.CustomizationValidationError.WrongType}: unique within the package. */
    String flatName() {
      return qualifiedName().replace(".", "");
    }

    Decl topLevel() {
      return parent == null ? this : parent.topLevel();
    }

    boolean isKind() {
      return kindLabel != null;
    }
  }

  private final String modelPackage;
  private final Map<String, Decl> decls = new LinkedHashMap<>();
  /** Per top-level type: the simple names of every type nested in its file. */
  private final Map<Decl, Set<String>> nestedNames = new LinkedHashMap<>();

  @SuppressWarnings("unchecked")
  TypePlan(Map<String, Schema> schemas, String modelPackage) {
    this.modelPackage = modelPackage;
    schemas.forEach((name, schema) -> {
      Shape shape = shapeOf(schema);
      if (shape != null) {
        decls.put(name, new Decl(name, shape, schema));
      }
    });
    nestKinds();
    nestOwned();
    nameAll();
  }

  static Shape shapeOf(Schema schema) {
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return Shape.ENUM;
    }
    if (schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get(SchemaFlattener.X_MODEL))) {
      return Boolean.TRUE.equals(schema.getExtensions().get(SchemaFlattener.X_UNION)) ? Shape.UNION : Shape.OBJECT;
    }
    return null; // an alias of a simple type: used as that type
  }

  Decl decl(String schema) {
    return decls.get(schema);
  }

  List<Decl> all() {
    return new ArrayList<>(decls.values());
  }

  List<Decl> topLevel() {
    List<Decl> top = new ArrayList<>();
    decls.values().forEach(d -> {
      if (d.parent == null) {
        top.add(d);
      }
    });
    return top;
  }

  /**
   * How {@code target} is written in the source of {@code file}'s top-level type: its qualified name,
   * or with the package in front where a type nested in that file would hide its first segment.
   */
  String reference(Decl target, Decl file) {
    String qualified = target.qualifiedName();
    String first = qualified.contains(".") ? qualified.substring(0, qualified.indexOf('.')) : qualified;
    Set<String> hidden = file == null ? Set.of() : nestedNames.getOrDefault(file.topLevel(), Set.of());
    return hidden.contains(first) ? modelPackage + "." + qualified : qualified;
  }

  @SuppressWarnings("unchecked")
  private void nestKinds() {
    List<Decl> unions = new ArrayList<>();
    decls.values().forEach(d -> {
      if (d.shape == Shape.UNION) {
        unions.add(d);
      }
    });
    // The longest union name that prefixes a member's name is the member's own union.
    unions.sort(Comparator.comparingInt((Decl d) -> d.schema.length()).reversed());
    for (Decl union : unions) {
      List<Map<String, String>> members = (List<Map<String, String>>) union.definition.getExtensions().get(SchemaFlattener.X_MEMBERS);
      Map<String, Integer> labelsPerMember = new LinkedHashMap<>();
      members.forEach(m -> labelsPerMember.merge(m.get("schema"), 1, Integer::sum));
      for (Map<String, String> member : members) {
        Decl kind = decls.get(member.get("schema"));
        if (kind != null && kind.parent == null && kind != union && kind.schema.startsWith(union.schema + "-")
            && labelsPerMember.get(kind.schema) == 1) {
          kind.parent = union;
          kind.kindLabel = member.get("label");
          union.children.add(kind);
        }
      }
    }
  }

  /** A schema named {@code <owner>-<rest>} that {@code <owner>} refers to nests in it (the longest such owner). */
  private void nestOwned() {
    Map<String, Map<String, Set<String>>> referrers = new LinkedHashMap<>(); // schema -> owner -> properties
    decls.values().forEach(owner -> {
      if (owner.shape == Shape.ENUM || owner.definition.getProperties() == null) {
        return;
      }
      ((Map<String, Schema>) owner.definition.getProperties()).forEach((property, schema) -> {
        for (String target : directReferences(schema)) {
          referrers.computeIfAbsent(target, k -> new LinkedHashMap<>())
              .computeIfAbsent(owner.schema, k -> new LinkedHashSet<>()).add(property);
        }
      });
    });
    List<Decl> candidates = new ArrayList<>(decls.values());
    // Owners before what they own, so a chain nests from the top.
    candidates.sort(Comparator.comparingInt((Decl d) -> d.schema.length()));
    for (Decl decl : candidates) {
      if (decl.parent != null) {
        continue;
      }
      String best = null;
      for (String owner : referrers.getOrDefault(decl.schema, Map.of()).keySet()) {
        if (!owner.equals(decl.schema) && decl.schema.startsWith(owner + "-")
            && (best == null || owner.length() > best.length()) && !isWithin(decls.get(owner), decl)) {
          best = owner;
        }
      }
      if (best != null) {
        Decl owner = decls.get(best);
        decl.parent = owner;
        owner.children.add(decl);
      }
    }
    this.owningProperties = referrers;
  }

  private Map<String, Map<String, Set<String>>> owningProperties = Map.of();

  private static boolean isWithin(Decl candidate, Decl ancestor) {
    for (Decl d = candidate; d != null; d = d.parent) {
      if (d == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Schema names a property refers to itself: its $ref, its items', its map values'. */
  @SuppressWarnings("unchecked")
  static List<String> directReferences(Schema schema) {
    List<String> names = new ArrayList<>();
    if (schema == null) {
      return names;
    }
    if (schema.get$ref() != null) {
      names.add(Pointer.schemaName(schema.get$ref()));
    }
    names.addAll(directReferences(schema.getItems()));
    if (schema.getAdditionalProperties() instanceof Schema) {
      names.addAll(directReferences((Schema) schema.getAdditionalProperties()));
    }
    return names;
  }

  private void nameAll() {
    Set<String> topNames = new LinkedHashSet<>();
    for (Decl decl : topLevel()) {
      decl.simpleName = Naming.topLevel(decl.schema);
      if (!topNames.add(decl.simpleName)) {
        throw new IllegalStateException("Two schemas are named " + decl.simpleName + " in Java: rename one of them ("
            + decl.schema + ")");
      }
    }
    for (Decl decl : topLevel()) {
      nameChildren(decl, new LinkedHashSet<>(Set.of(decl.simpleName)));
      Set<String> nested = new LinkedHashSet<>();
      collectNested(decl, nested);
      nestedNames.put(decl, nested);
    }
    Set<String> flat = new LinkedHashSet<>(topNames);
    for (Decl decl : decls.values()) {
      if (decl.parent != null && !flat.add(decl.flatName())) {
        throw new IllegalStateException("Generated adapter names collide for " + decl.qualifiedName()
            + " (schema " + decl.schema + ")");
      }
    }
  }

  private void nameChildren(Decl parent, Set<String> enclosing) {
    Set<String> taken = new LinkedHashSet<>(enclosing);
    // Kinds first (named after labels), then owned schemas, each in document order.
    for (Decl child : parent.children) {
      if (child.isKind()) {
        child.simpleName = unique(Naming.kind(child.kindLabel, taken), taken, child);
      }
    }
    for (Decl child : parent.children) {
      if (!child.isKind()) {
        Set<String> properties = owningProperties.getOrDefault(child.schema, Map.of()).getOrDefault(parent.schema, Set.of());
        child.simpleName = unique(Naming.nested(child.schema, parent.schema, properties, taken), taken, child);
      }
    }
    for (Decl child : parent.children) {
      Set<String> inner = new LinkedHashSet<>(enclosing);
      inner.add(child.simpleName);
      nameChildren(child, inner);
    }
  }

  private static String unique(String name, Set<String> taken, Decl decl) {
    if (!taken.add(name)) {
      throw new IllegalStateException("Two types nested in " + decl.parent.qualifiedName() + " would be named " + name
          + " (schema " + decl.schema + (decl.isKind() ? ", label " + decl.kindLabel : "") + ")");
    }
    return name;
  }

  private static void collectNested(Decl decl, Set<String> names) {
    for (Decl child : decl.children) {
      names.add(child.simpleName);
      collectNested(child, names);
    }
  }
}
