package ai.devrev.codegen.moshi;

import ai.devrev.spec.walker.Pointer;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * The Java type of a property, parameter or item, from its flattened schema: {@code string} is
 * {@code String} ({@code OffsetDateTime} for {@code date-time}), every {@code integer} is {@code Long},
 * every {@code number} {@code Double}, arrays are {@code List}, free-form objects
 * {@code Map<String, @Nullable Object>}, a schema of no type any JSON value; references are the
 * referenced model.
 */
@SuppressWarnings("rawtypes")
final class JavaType {
  enum Kind { STRING, LONG, DOUBLE, BOOLEAN, DATE_TIME, ANY, FREE_OBJECT, MODEL, LIST, MAP }

  final Kind kind;
  final TypePlan.Decl model;
  final JavaType element;

  private JavaType(Kind kind, TypePlan.Decl model, JavaType element) {
    this.kind = kind;
    this.model = model;
    this.element = element;
  }

  static JavaType of(Schema schema, TypePlan plan, Map<String, Schema> schemas, String where) {
    if (schema.get$ref() != null) {
      String name = Pointer.schemaName(schema.get$ref());
      TypePlan.Decl decl = plan.decl(name);
      if (decl != null) {
        return new JavaType(Kind.MODEL, decl, null);
      }
      Schema alias = schemas.get(name);
      if (alias == null) {
        throw new IllegalStateException(where + " refers to " + name + ", which is not generated");
      }
      return of(alias, plan, schemas, where);
    }
    if (schema.getItems() != null || "array".equals(schema.getType())) {
      if (schema.getItems() == null) {
        throw new IllegalStateException(where + " is an array without items");
      }
      return new JavaType(Kind.LIST, null, of(schema.getItems(), plan, schemas, where + "[]"));
    }
    String type = schema.getType();
    if (type == null && schema.getTypes() != null && schema.getTypes().size() == 1) {
      type = (String) schema.getTypes().iterator().next();
    }
    if (type == null) {
      return schema.getProperties() != null ? free() : new JavaType(Kind.ANY, null, null);
    }
    switch (type) {
      case "string":
        return new JavaType("date-time".equals(schema.getFormat()) ? Kind.DATE_TIME : Kind.STRING, null, null);
      case "integer":
        return new JavaType(Kind.LONG, null, null);
      case "number":
        return new JavaType(Kind.DOUBLE, null, null);
      case "boolean":
        return new JavaType(Kind.BOOLEAN, null, null);
      case "object":
        Object values = schema.getAdditionalProperties();
        if (values instanceof Schema && !isAnything((Schema) values)) {
          return new JavaType(Kind.MAP, null, of((Schema) values, plan, schemas, where + "{}"));
        }
        return free();
      default:
        throw new IllegalStateException(where + " has type '" + type + "', which the generator does not support");
    }
  }

  private static boolean isAnything(Schema schema) {
    return schema.get$ref() == null && schema.getType() == null && schema.getProperties() == null
        && schema.getItems() == null;
  }

  private static JavaType free() {
    return new JavaType(Kind.FREE_OBJECT, null, null);
  }

  /** The boxed type, as written in {@code file}'s source. */
  String java(TypePlan plan, TypePlan.Decl file) {
    switch (kind) {
      case STRING: return "String";
      case LONG: return "Long";
      case DOUBLE: return "Double";
      case BOOLEAN: return "Boolean";
      case DATE_TIME: return "OffsetDateTime";
      case ANY: return "Object";
      case FREE_OBJECT: return "Map<String, @Nullable Object>";
      case MODEL: return plan.reference(model, file);
      case LIST: return "List<" + element.elementType(plan, file) + ">";
      case MAP: return "Map<String, " + element.elementType(plan, file) + ">";
      default: throw new AssertionError(kind);
    }
  }

  /** As an element of a list or value of a map: any JSON value may be {@code null} there. */
  private String elementType(TypePlan plan, TypePlan.Decl file) {
    return kind == Kind.ANY ? "@Nullable Object" : java(plan, file);
  }

  /** The type with {@code @Nullable} where a type-use annotation goes ({@code Outer.@Nullable Inner}). */
  String nullable(TypePlan plan, TypePlan.Decl file) {
    String type = java(plan, file);
    if (kind == Kind.MODEL && type.contains(".")) {
      int dot = type.lastIndexOf('.');
      return type.substring(0, dot + 1) + "@Nullable " + type.substring(dot + 1);
    }
    return "@Nullable " + type;
  }

  /** {@code long} for a required {@code Long}, and so on; the boxed type for others. */
  String primitiveOr(TypePlan plan, TypePlan.Decl file) {
    switch (kind) {
      case LONG: return "long";
      case DOUBLE: return "double";
      case BOOLEAN: return "boolean";
      default: return java(plan, file);
    }
  }

  /** The expression that gets this type's adapter from {@code adapters}, in an adapter file. */
  String adapter(TypePlan plan) {
    switch (kind) {
      case STRING: return "adapters.string()";
      case LONG: return "adapters.integer()";
      case DOUBLE: return "adapters.number()";
      case BOOLEAN: return "adapters.bool()";
      case DATE_TIME: return "adapters.dateTime()";
      case ANY: return "adapters.any()";
      case FREE_OBJECT: return "adapters.object()";
      case MODEL: return "adapters.get(" + plan.reference(model, null) + ".class)";
      case LIST: return "adapters.list(" + element.adapter(plan) + (element.kind == Kind.ANY ? ", true" : ", false") + ")";
      case MAP: return "adapters.map(" + element.adapter(plan) + ")";
      default: throw new AssertionError(kind);
    }
  }

  /**
   * The field of {@code ObjectAdapter} that holds this JSON type's adapter (one instance per
   * {@code Adapters}, shared by every object), or {@code null} for a model, list or map, whose adapter a
   * generated adapter holds itself.
   */
  String sharedAdapter() {
    switch (kind) {
      case STRING: return "string";
      case LONG: return "integer";
      case DOUBLE: return "number";
      case BOOLEAN: return "bool";
      case DATE_TIME: return "dateTime";
      case ANY: return "any";
      case FREE_OBJECT: return "freeObject";
      default: return null;
    }
  }

  /** A name for a field holding this type's adapter: {@code userSummary}, {@code tagWithValueList}. */
  String adapterStem() {
    switch (kind) {
      case MODEL:
        String flat = model.flatName();
        return Character.toLowerCase(flat.charAt(0)) + flat.substring(1);
      case LIST:
        return element.adapterStem() + "List";
      case MAP:
        return element.adapterStem() + "Map";
      default:
        return sharedAdapter();
    }
  }

  boolean isList() {
    return kind == Kind.LIST;
  }

  boolean isMap() {
    return kind == Kind.FREE_OBJECT || kind == Kind.MAP;
  }
}
