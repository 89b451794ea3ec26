package ai.devrev.codegen.moshi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the templates render, computed once per generated type: names, Java types, Javadoc and the
 * facts of unions, so that templates hold no logic beyond loops and conditions.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class Views {
  /** A generated type (a class, a union interface or an enum), and the types nested in it. */
  static final class TypeView {
    public String simpleName;
    public String qualifiedName;
    public String declaration;
    public List<String> javadoc = new ArrayList<>();
    public boolean hasJavadoc;
    public List<String> summary = new ArrayList<>();
    /** {@link #summary} as the text after {@code " *"} of Javadoc lines (a blank line stays blank). */
    public List<String> summaryDoc = new ArrayList<>();
    public String schemaDoc;
    public String adapterSimpleName;
    public String adapterDeclaration;
    public List<TypeView> nestedAdapters = new ArrayList<>();
    public boolean hasNames;
    public boolean hasProperties;
    public boolean hasDefaults;
    public boolean object;
    public boolean union;
    public boolean enumeration;
    public String implementsClause = "";
    public List<PropertyView> properties = new ArrayList<>();
    public List<PropertyView> requiredProperties = new ArrayList<>();
    /** Required properties without a default: decoding checks that the JSON has them. */
    public List<PropertyView> checkedProperties = new ArrayList<>();
    public boolean hasRequired;
    public List<LabelView> labels = new ArrayList<>();
    public List<AcceptView> accepts = new ArrayList<>();
    public List<TypeView> nested = new ArrayList<>();
    public String namesLiteral;
    /** The Javadoc of {@code additionalProperties()}, said for who sends this type, as lines after {@code " *"}. */
    public List<String> additionalPropertiesDoc = new ArrayList<>();
    /** Whether a union this type implements or extends declares {@code problems()} and {@code validate()}. */
    public boolean inUnion;
    /** The adapters the generated adapter holds itself (of models, lists, maps), one per type. */
    public List<AdapterFieldView> ownAdapters = new ArrayList<>();
    // unions
    public String discriminatorJson;
    public String discriminatorAccessor;
    public String discriminatorDoc;
    public List<KindView> kinds = new ArrayList<>();
    public List<String> kindList = new ArrayList<>();
    /** The labels of the unions above, written with a kind of this union: {@code "type", "nested"}. */
    public String outerLabelsLiteral;
    // enums
    public List<EnumValueView> values = new ArrayList<>();
  }

  /** A property of an object (or one every kind of a union shares). */
  static final class PropertyView {
    public String name;
    /** The JSON name as the document writes it. */
    String jsonSource;
    public String local;
    public String jsonName;
    public List<String> javadoc = new ArrayList<>();
    /** {@link #javadoc} as the text after {@code " *"} of Javadoc lines. */
    public List<String> doc = new ArrayList<>();
    public boolean hasJavadoc;
    public String jsonDoc;
    public String type;
    public String nullableType;
    public String adapterNullableType;
    public String accessorType;
    public String accessorBody;
    public String returnDoc;
    public String setterParam;
    public String setterDoc;
    public String copy;
    public boolean required;
    public String defaultValue;
    public String adapterDefault;
    public String adapterType;
    public String adapterInit;
    /** The adapter as the generated adapter reads it: {@code this.string}, {@code this.ownerAdapter}. */
    public String adapter;
    /** Whether the generated adapter holds this property's adapter itself (a model, list or map). */
    public boolean ownAdapter;
    String adapterStem;
    /** Declared the same way by a union the type implements: no Javadoc of its own, which it inherits. */
    public boolean inherited;
    /** {@code {@return ...}}, the whole Javadoc of an accessor without a description. */
    public String returnTag;
    public int index;
  }

  /** A field of a generated adapter that holds the adapter of one type its properties have. */
  static final class AdapterFieldView {
    public final String field;
    public final String type;
    public final String init;

    AdapterFieldView(String field, String type, String init) {
      this.field = field;
      this.type = type;
      this.init = init;
    }
  }

  /** The constant a kind returns from a discriminator accessor: {@code type()} is {@code "dev_user"}. */
  static final class LabelView {
    public String accessor;
    public String json;
    public String label;
    public String labelDoc;

    LabelView(String accessor, String json, String label, String labelDoc) {
      this.accessor = accessor;
      this.json = json;
      this.label = label;
      this.labelDoc = labelDoc;
    }
  }

  /** A union whose {@code accept} a kind implements, and the visitor method it calls. */
  static final class AcceptView {
    public String union;
    public String visit;

    AcceptView(String union, String visit) {
      this.union = union;
      this.visit = visit;
    }
  }

  /** One kind of a union. */
  static final class KindView {
    public boolean union;
    public String label;
    public String labelDoc;
    public String type;
    public String adapterClass;
    public String visit;
    /** {@code kind} for an object, {@code union} for a union of its own (which writes every label itself). */
    public String factory;
  }

  /** One value of an enum. */
  static final class EnumValueView {
    public String constant;
    public String json;
    public String doc;
    public List<String> javadoc = new ArrayList<>();
  }

  private final TypePlan plan;
  private final Map<String, Schema> schemas;
  private final Directions directions;
  private final UnaryOperator<String> varName;
  private final UnaryOperator<String> literal;

  Views(TypePlan plan, Map<String, Schema> schemas, Directions directions, UnaryOperator<String> varName,
      UnaryOperator<String> literal) {
    this.plan = plan;
    this.schemas = schemas;
    this.directions = directions;
    this.varName = varName;
    this.literal = literal;
  }

  /** The view of a top-level type and everything nested in it. */
  TypeView of(TypePlan.Decl decl) {
    TypeView view = new TypeView();
    view.simpleName = decl.simpleName;
    view.qualifiedName = decl.qualifiedName();
    view.adapterSimpleName = decl.flatName() + "JsonAdapter";
    view.adapterDeclaration = decl.parent == null ? "final class" : "static final class";
    view.schemaDoc = Javadoc.code(decl.schema);
    view.object = decl.shape == TypePlan.Shape.OBJECT;
    view.union = decl.shape == TypePlan.Shape.UNION;
    view.enumeration = decl.shape == TypePlan.Shape.ENUM;
    boolean inInterface = decl.parent != null && decl.parent.shape == TypePlan.Shape.UNION;
    String access = decl.parent == null ? "public " : inInterface ? "" : "public static ";
    view.declaration = view.union ? access + "interface" : access + "final class";
    view.javadoc = Javadoc.lines(decl.definition.getDescription());
    view.hasJavadoc = !view.javadoc.isEmpty();
    String kindLine = decl.isKind()
        ? "The " + Javadoc.code(decl.kindLabel) + " kind of {@link " + decl.parent.qualifiedName() + "}." : null;
    view.summary.addAll(view.javadoc);
    if (view.summary.isEmpty()) {
      view.summary.add(kindLine != null ? kindLine : "DevRev's " + view.schemaDoc + ".");
    } else if (kindLine != null) {
      view.summary.add("");
      view.summary.add("<p>" + kindLine);
    }
    view.summaryDoc = docLines(view.summary);
    if (view.enumeration) {
      enumValues(decl, view);
    } else {
      objectFacts(decl, view);
    }
    for (TypePlan.Decl child : decl.children) {
      view.nested.add(of(child));
    }
    if (decl.parent == null) {
      List<TypeView> adapters = withAdapters(view);
      adapters.remove(view);
      view.nestedAdapters = adapters;
    }
    return view;
  }

  /** Lines of prose as what follows {@code " *"} in a Javadoc comment: a space before text, nothing on a blank line. */
  static List<String> docLines(List<String> lines) {
    List<String> doc = new ArrayList<>();
    lines.forEach(line -> doc.add(line.isEmpty() ? "" : " " + line));
    return doc;
  }

  /** The adapter class of a generated type, as the package's other sources name it. */
  static String adapterName(TypePlan.Decl decl) {
    return decl.parent == null ? decl.flatName() + "JsonAdapter"
        : decl.topLevel().flatName() + "JsonAdapter." + decl.flatName() + "JsonAdapter";
  }

  /** Every view in the tree of {@code root} that needs an adapter class (objects and unions), root first. */
  static List<TypeView> withAdapters(TypeView root) {
    List<TypeView> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(TypeView view, List<TypeView> all) {
    if (!view.enumeration) {
      all.add(view);
    }
    view.nested.forEach(child -> collect(child, all));
  }

  private void enumValues(TypePlan.Decl decl, TypeView view) {
    Set<String> constants = new LinkedHashSet<>();
    for (Object value : decl.definition.getEnum()) {
      if (!(value instanceof String)) {
        throw new IllegalStateException("Schema " + decl.schema + " is an enum of " + value.getClass().getSimpleName()
            + " values; only string enums are supported");
      }
      EnumValueView v = new EnumValueView();
      v.constant = Naming.constant((String) value);
      if (v.constant.equals("_UNKNOWN") || !constants.add(v.constant)) {
        throw new IllegalStateException("Schema " + decl.schema + ": two values would be the constant " + v.constant);
      }
      v.json = literal.apply((String) value);
      v.doc = Javadoc.code((String) value);
      view.values.add(v);
    }
  }

  private void objectFacts(TypePlan.Decl decl, TypeView view) {
    Map<String, Object> x = decl.definition.getExtensions();
    Map<String, Schema> properties = decl.definition.getProperties() == null ? Map.of() : decl.definition.getProperties();
    List<String> required = decl.definition.getRequired() == null ? List.of() : decl.definition.getRequired();
    List<String> names = new ArrayList<>();
    Set<String> javaNames = new LinkedHashSet<>();
    int index = 0;
    for (Map.Entry<String, Schema> entry : properties.entrySet()) {
      PropertyView p = property(decl, entry.getKey(), entry.getValue(), required.contains(entry.getKey()));
      if (!javaNames.add(p.name)) {
        throw new IllegalStateException("Schema " + decl.schema + ": two properties would be " + p.name + "() in Java");
      }
      p.index = index++;
      names.add("\"" + p.jsonName + "\"");
      view.properties.add(p);
      if (p.required) {
        view.requiredProperties.add(p);
      }
      if (required.contains(entry.getKey()) && p.defaultValue == null) {
        view.checkedProperties.add(p); // a required list too: absent, it reads as empty, but the JSON is wrong
      }
    }
    view.hasRequired = !view.requiredProperties.isEmpty();
    view.hasProperties = !view.properties.isEmpty();
    view.hasDefaults = view.properties.stream().anyMatch(p -> p.defaultValue != null);
    List<String> skipped = (List<String>) x.getOrDefault(SchemaFlattener.X_SKIP, List.of());
    if (!skipped.isEmpty() && view.object) {
      skipped.forEach(name -> names.add("\"" + literal.apply(name) + "\""));
    }
    view.namesLiteral = String.join(", ", names);
    view.hasNames = !names.isEmpty();
    String direction = directions.of(decl.schema);
    String unmodelled = "request".equals(direction)
        ? "the properties this client does not model, by JSON name, sent as they are"
        : "response".equals(direction)
            ? "the properties DevRev sent that this client does not model, by JSON name"
            : "the properties this client does not model, by JSON name, kept from JSON that was read and written with the object";
    view.additionalPropertiesDoc = docLines(Javadoc.wrap("{@return " + unmodelled + "; empty if there are none}"));
    List<String> parents = new ArrayList<>();
    for (Map<String, String> parent : (List<Map<String, String>>) x.getOrDefault(SchemaFlattener.X_PARENTS, List.of())) {
      TypePlan.Decl union = plan.decl(parent.get("union"));
      parents.add(plan.reference(union, decl));
      markInherited(decl, union, view.properties);
    }
    view.inUnion = !parents.isEmpty();
    if (!parents.isEmpty()) {
      view.implementsClause = (view.union ? " extends " : " implements ") + String.join(", ", parents);
    }
    ownAdapters(view);
    labelsAndAccepts(decl, view);
    if (view.union) {
      unionFacts(decl, view);
    }
  }

  /** One adapter field per type the properties have that no shared adapter reads; each property reads with its type's. */
  private static void ownAdapters(TypeView view) {
    Map<String, String> fields = new LinkedHashMap<>(); // adapter expression -> field
    for (PropertyView p : view.properties) {
      if (!p.ownAdapter) {
        continue;
      }
      String field = fields.get(p.adapterInit);
      if (field == null) {
        field = p.adapterStem + "Adapter";
        for (int n = 2; fields.containsValue(field); n++) {
          field = p.adapterStem + "Adapter" + n;
        }
        fields.put(p.adapterInit, field);
        view.ownAdapters.add(new AdapterFieldView(field, p.adapterType, p.adapterInit));
      }
      p.adapter = "this." + field;
    }
  }

  /**
   * Marks the properties {@code union} declares with the same type and Javadoc: the type's accessor
   * overrides the union's, and its documentation is the union's.
   */
  private void markInherited(TypePlan.Decl decl, TypePlan.Decl union, List<PropertyView> properties) {
    Map<String, Schema> declared = union.definition.getProperties() == null ? Map.of() : union.definition.getProperties();
    List<String> required = union.definition.getRequired() == null ? List.of() : union.definition.getRequired();
    for (PropertyView p : properties) {
      Schema schema = declared.get(p.jsonSource);
      if (schema != null) {
        PropertyView theirs = property(decl, p.jsonSource, schema, required.contains(p.jsonSource));
        p.inherited |= theirs.accessorType.equals(p.accessorType) && theirs.javadoc.equals(p.javadoc)
            && theirs.returnDoc.equals(p.returnDoc);
      }
    }
  }

  private PropertyView property(TypePlan.Decl owner, String json, Schema schema, boolean required) {
    PropertyView p = new PropertyView();
    JavaType type = JavaType.of(schema, plan, schemas, "Property " + json + " of " + owner.schema);
    p.name = varName.apply(json);
    p.jsonSource = json;
    p.local = Set.of("reader", "unknown", "problems", "raw", "json", "shared", "label", "asKind")
        .contains(p.name) ? p.name + "_" : p.name;
    p.jsonName = literal.apply(json);
    p.javadoc = Javadoc.lines(schema.getDescription());
    p.doc = docLines(p.javadoc);
    p.hasJavadoc = !p.javadoc.isEmpty();
    p.type = type.java(plan, owner);
    p.nullableType = type.nullable(plan, owner);
    p.adapterNullableType = type.nullable(plan, null);
    p.required = required && !type.isList();
    String code = Javadoc.code(json);
    p.jsonDoc = code;
    if (type.isList()) {
      p.accessorType = p.type;
      p.accessorBody = "return " + p.name + " == null ? List.of() : " + p.name + ";";
      p.returnDoc = code + ", empty if absent";
      p.copy = "Values.list(" + p.name + ", \"" + p.jsonName + "\")";
    } else if (p.required) {
      p.accessorType = type.primitiveOr(plan, owner);
      p.accessorBody = "return Values.required(" + p.name + ", \"" + p.jsonName + "\", problems);";
      p.returnDoc = code;
      p.copy = "Objects.requireNonNull(" + p.name + ", \"" + p.jsonName + "\")";
    } else {
      p.accessorType = "Optional<" + p.type + ">";
      p.accessorBody = "return Optional.ofNullable(" + p.name + ");";
      p.returnDoc = code + ", if present";
      p.copy = p.name;
    }
    if (type.isMap()) {
      p.copy = "Values.map(" + p.name + ")";
    }
    p.setterParam = p.required ? p.type : p.nullableType;
    p.setterDoc = p.required ? "the value of " + code : "the value of " + code + ", or {@code null} to leave it out";
    p.adapterType = "ModelAdapter<" + type.java(plan, null) + ">";
    p.adapterInit = type.adapter(plan);
    p.ownAdapter = type.sharedAdapter() == null;
    p.adapterStem = type.adapterStem();
    p.adapter = "this." + (p.ownAdapter ? p.adapterStem + "Adapter" : type.sharedAdapter());
    p.returnTag = "{@return " + p.returnDoc + "}";
    if (required && type.kind == JavaType.Kind.MODEL && type.model.shape == TypePlan.Shape.ENUM
        && type.model.definition.getEnum().size() == 1) {
      String constant = Naming.constant((String) type.model.definition.getEnum().get(0));
      p.defaultValue = p.type + "." + constant;
      p.adapterDefault = type.java(plan, null) + "." + constant;
    }
    return p;
  }

  /**
   * The discriminator constants this type returns, and the unions whose visitors it accepts: its own
   * unions and, through them, every union above.
   */
  private void labelsAndAccepts(TypePlan.Decl decl, TypeView view) {
    Map<String, String[]> labels = new LinkedHashMap<>();
    collectAncestors(decl, decl, labels, view);
    labels.forEach((accessor, facts) -> view.labels.add(new LabelView(accessor, facts[0], facts[1], facts[2])));
  }

  private void collectAncestors(TypePlan.Decl self, TypePlan.Decl child, Map<String, String[]> labels, TypeView view) {
    Map<String, Object> x = child.definition.getExtensions();
    for (Map<String, String> parent : (List<Map<String, String>>) x.getOrDefault(SchemaFlattener.X_PARENTS, List.of())) {
      TypePlan.Decl union = plan.decl(parent.get("union"));
      String property = (String) union.definition.getExtensions().get(SchemaFlattener.X_DISCRIMINATOR);
      String accessor = varName.apply(property);
      String label = parent.get("label");
      String[] previous = labels.putIfAbsent(accessor,
          new String[] {literal.apply(property), literal.apply(label), Javadoc.code("\"" + label + "\"")});
      if (previous != null && !previous[1].equals(literal.apply(label))) {
        throw new IllegalStateException(self.schema + " would need two values for " + accessor + "(): "
            + previous[1] + " and " + label);
      }
      String unionName = plan.reference(union, self);
      if (view.accepts.stream().noneMatch(a -> a.union.equals(unionName))) {
        view.accepts.add(new AcceptView(unionName, Naming.visitor(kindName(union, child, label))));
      }
      collectAncestors(self, union, labels, view);
    }
  }

  /** The name a member has as a kind of {@code union}: its nested name, or its label's. */
  private static String kindName(TypePlan.Decl union, TypePlan.Decl member, String label) {
    return member.parent == union && member.isKind() ? member.simpleName : Naming.kind(label, Set.of());
  }

  private void unionFacts(TypePlan.Decl decl, TypeView view) {
    Map<String, Object> x = decl.definition.getExtensions();
    String property = (String) x.get(SchemaFlattener.X_DISCRIMINATOR);
    view.discriminatorJson = literal.apply(property);
    view.discriminatorAccessor = varName.apply(property);
    view.discriminatorDoc = Javadoc.code(property);
    List<String> links = new ArrayList<>();
    Set<String> visitors = new LinkedHashSet<>(Set.of("visitUnknown"));
    for (Map<String, String> entry : (List<Map<String, String>>) x.get(SchemaFlattener.X_MEMBERS)) {
      TypePlan.Decl member = plan.decl(entry.get("schema"));
      if (member == null) {
        throw new IllegalStateException(decl.schema + " names a member that was not generated: " + entry.get("schema"));
      }
      KindView k = new KindView();
      k.union = member.shape == TypePlan.Shape.UNION;
      k.label = literal.apply(entry.get("label"));
      k.labelDoc = Javadoc.code(entry.get("label"));
      k.type = plan.reference(member, decl);
      k.adapterClass = plan.reference(member, null);
      k.visit = Naming.visitor(kindName(decl, member, entry.get("label")));
      if (!visitors.add(k.visit)) {
        throw new IllegalStateException("Union " + decl.schema + ": two kinds would have the visitor method " + k.visit);
      }
      k.factory = k.union ? "union" : "kind";
      links.add("{@link " + k.type + "}");
      view.kinds.add(k);
    }
    view.kindList = docLines(Javadoc.wrap("<p>A union of kinds told apart by " + view.discriminatorDoc
        + (links.isEmpty() ? "" : ": " + String.join(", ", links)) + ". A kind DevRev adds after this client was"
        + " generated decodes as {@link Unknown}, which keeps its label and its JSON. Tell them apart with"
        + " {@code instanceof} or {@link #accept(Visitor)}."));
    List<String> outer = new ArrayList<>();
    view.labels.forEach(l -> {
      outer.add("\"" + l.json + "\"");
      outer.add("\"" + l.label + "\"");
    });
    view.outerLabelsLiteral = String.join(", ", outer);
  }
}
