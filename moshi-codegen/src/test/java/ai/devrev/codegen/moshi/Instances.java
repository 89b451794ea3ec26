package ai.devrev.codegen.moshi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random JSON instances of flattened schemas: every required property, each optional one at random,
 * a union as one of its kinds with every label it needs, enums among their values or a new one, and
 * now and then a property the schema does not know.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class Instances {
  private static final int DEPTH = 4;

  private final Map<String, Schema> schemas;
  private final TypePlan plan;
  private final Random random;

  Instances(Map<String, Schema> schemas, TypePlan plan, Random random) {
    this.schemas = schemas;
    this.plan = plan;
    this.random = random;
  }

  private boolean examples;
  int examplesUsed;

  Object of(TypePlan.Decl decl) {
    examples = false;
    return model(decl, 0);
  }

  /** An instance whose properties take the document's own examples wherever it gives one. */
  Object withExamples(TypePlan.Decl decl) {
    examples = true;
    return model(decl, 0);
  }

  private Object model(TypePlan.Decl decl, int depth) {
    switch (decl.shape) {
      case ENUM:
        List<Object> values = decl.definition.getEnum();
        return random.nextInt(8) == 0 ? "a_value_added_later" : values.get(random.nextInt(values.size()));
      case UNION:
        List<Map<String, String>> members = (List<Map<String, String>>) decl.definition.getExtensions().get(SchemaFlattener.X_MEMBERS);
        String property = (String) decl.definition.getExtensions().get(SchemaFlattener.X_DISCRIMINATOR);
        if (members.isEmpty() || random.nextInt(6) == 0) {
          Map<String, Object> unknown = object(decl, depth);
          unknown.put(property, "a_kind_added_later");
          return unknown;
        }
        Map<String, String> member = members.get(random.nextInt(members.size()));
        Map<String, Object> kind = (Map<String, Object>) model(plan.decl(member.get("schema")), depth);
        kind.put(property, member.get("label"));
        return kind;
      default:
        return object(decl, depth);
    }
  }

  private Map<String, Object> object(TypePlan.Decl decl, int depth) {
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Schema> properties = decl.definition.getProperties() == null ? Map.of() : decl.definition.getProperties();
    List<String> required = decl.definition.getRequired() == null ? List.of() : decl.definition.getRequired();
    properties.forEach((name, schema) -> {
      JavaType type = JavaType.of(schema, plan, schemas, name);
      Object example = examples ? example(schema, type) : null;
      if (example != null) {
        json.put(name, example);
        examplesUsed++;
      } else if (required.contains(name) || (depth < DEPTH && random.nextBoolean())) {
        json.put(name, value(type, depth + 1));
      }
    });
    if (random.nextInt(5) == 0) {
      json.put("a_field_added_later", random.nextInt(100));
    }
    return json;
  }

  private Object value(JavaType type, int depth) {
    switch (type.kind) {
      case STRING: return text();
      case LONG: return random.nextInt(3) == 0 ? random.nextLong() : (long) random.nextInt(1000);
      case DOUBLE: return random.nextInt(1_000_000) / 8.0;
      case BOOLEAN: return random.nextBoolean();
      case DATE_TIME: return String.format("20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ", random.nextInt(40), 1 + random.nextInt(12),
          1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1000));
      case ANY:
      case FREE_OBJECT:
        Map<String, Object> free = new LinkedHashMap<>();
        free.put("n", random.nextInt(10));
        free.put("nested", random.nextBoolean() ? null : List.of(text(), Map.of("deep", true)));
        return free;
      case MODEL: return model(type.model, depth);
      case LIST:
        List<Object> list = new ArrayList<>();
        for (int i = depth < DEPTH ? random.nextInt(3) : 0; i > 0; i--) {
          list.add(value(type.element, depth + 1));
        }
        return list;
      case MAP:
        return Map.of("key", value(type.element, depth + 1));
      default:
        throw new AssertionError(type.kind);
    }
  }

  /** The property's example as JSON, where it has one of a scalar type (the document's are). */
  private static Object example(Schema schema, JavaType type) {
    Object example = schema.getExample();
    if (example == null && schema.getItems() != null && schema.getItems().getExample() != null) {
      example = List.of(schema.getItems().getExample());
    }
    if (example instanceof Integer || example instanceof Long) {
      return ((Number) example).longValue();
    }
    if (example instanceof java.time.OffsetDateTime || example instanceof java.util.Date) {
      return null; // the parser turned it into a date; the instance's own dates stand for it
    }
    return example;
  }

  private String text() {
    String[] samples = {"", "a", "don:core:dvrv-us-1:devo/0:issue/1", "Grüße 👋", "line\nbreak \"quoted\""};
    return samples[random.nextInt(samples.length)];
  }
}
