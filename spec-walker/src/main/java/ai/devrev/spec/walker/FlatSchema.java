package ai.devrev.spec.walker;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A schema with its {@code $ref}s followed and its {@code allOf} merged: the facts it states, whatever
 * the structure that states them, and where in the document each was declared.
 *
 * <p>The merge follows OpenAPI's meaning and the rules this project's tools agreed on:
 * <ul>
 *   <li>parts merge in order, then the schema's own keywords; properties keep the order in which they
 *       first appear, a later declaration of the same name wins ({@link #declarations(String)} has
 *       them all); {@code required} names accumulate;</li>
 *   <li>a discriminator and its {@code oneOf} belong to the schema that declares them, or to an inline
 *       {@code allOf} part of it; one reached through a {@code $ref} belongs to that other schema;</li>
 *   <li>union members are the discriminator's mapping (label to schema name) followed by every
 *       {@code oneOf} member no label names, under its schema name, as OpenAPI's implicit mapping says;</li>
 *   <li>{@link #type()} is {@code object} for a schema with properties or a discriminator and no type.</li>
 * </ul>
 */
@SuppressWarnings("rawtypes")
public final class FlatSchema {
  private final SpecDocument document;
  private final Located origin;
  private String type;
  private String format;
  private String description;
  private final List<String> enumValues = new ArrayList<>();
  private final Map<String, Schema> properties = new LinkedHashMap<>();
  private final Map<String, List<Located>> declarations = new LinkedHashMap<>();
  private final Set<String> required = new LinkedHashSet<>();
  private final Map<String, String> requiredAt = new LinkedHashMap<>();
  private Located items;
  private Object additionalProperties;
  private boolean closed;
  private String discriminator;
  private final Map<String, String> members = new LinkedHashMap<>();
  private final List<String> oneOf = new ArrayList<>();
  private final Map<String, String> declaredAt = new LinkedHashMap<>();
  private final List<Located> parts = new ArrayList<>();

  private FlatSchema(SpecDocument document, Located origin) {
    this.document = document;
    this.origin = origin;
  }

  /** The merged view of {@code schema}, a reference or an inline schema found at {@code pointer} (null if unknown). */
  public static FlatSchema of(SpecDocument document, Schema schema, String pointer) {
    Located resolved = document.locate(schema, pointer);
    FlatSchema flat = new FlatSchema(document, resolved);
    flat.merge(resolved, true, new LinkedHashSet<>());
    flat.implicitMembers();
    return flat;
  }

  /** The merged view of component schema {@code name}. */
  public static FlatSchema of(SpecDocument document, String name) {
    Schema schema = document.schema(name);
    if (schema == null) {
      throw new IllegalArgumentException(document.location() + " has no schema " + name);
    }
    return of(document, schema, Pointer.schema(name));
  }

  @SuppressWarnings("unchecked")
  private void merge(Located located, boolean own, Set<Schema> path) {
    Schema s = located.schema();
    if (!path.add(s)) {
      throw new IllegalStateException("allOf loop at " + located.pointer() + " in " + document.location());
    }
    List<Schema> allOf = s.getAllOf();
    if (allOf != null) {
      for (int i = 0; i < allOf.size(); i++) {
        Schema part = allOf.get(i);
        Located resolved = document.locate(part, Pointer.child(Pointer.child(located.pointer(), "allOf"), i));
        boolean undescribed = description == null;
        merge(resolved, own && part.get$ref() == null, path);
        // The part's own description, if it has one, wins over one its own parts gave while merging.
        if (undescribed && part.get$ref() == null && resolved.schema().getDescription() != null && own) {
          description = resolved.schema().getDescription();
        }
      }
    }
    String at = located.pointer();
    parts.add(located);
    if (s.getType() != null) {
      type = s.getType();
      declaredAt.put("type", at);
    }
    if (s.getFormat() != null) {
      format = s.getFormat();
      declaredAt.put("format", at);
    }
    if (s.getEnum() != null) {
      s.getEnum().forEach(value -> {
        if (!enumValues.contains(String.valueOf(value))) {
          enumValues.add(String.valueOf(value));
        }
      });
      declaredAt.put("enum", at);
    }
    if (s.getProperties() != null) {
      ((Map<String, Schema>) s.getProperties()).forEach((name, property) -> {
        properties.put(name, property);
        declarations.computeIfAbsent(name, k -> new ArrayList<>())
            .add(new Located(property, Pointer.child(Pointer.child(at, "properties"), name)));
      });
    }
    if (s.getRequired() != null) {
      ((List<String>) s.getRequired()).forEach(name -> {
        required.add(name);
        requiredAt.putIfAbsent(name, at);
      });
      declaredAt.put("required", at);
    }
    if (s.getItems() != null) {
      items = new Located(s.getItems(), Pointer.child(at, "items"));
    }
    if (s.getAdditionalProperties() != null) {
      additionalProperties = s.getAdditionalProperties();
      closed |= Boolean.FALSE.equals(additionalProperties);
      declaredAt.put("additionalProperties", at);
    }
    if (own && s.getDiscriminator() != null) {
      discriminator = s.getDiscriminator().getPropertyName();
      declaredAt.put("discriminator", at);
      if (s.getDiscriminator().getMapping() != null) {
        ((Map<String, String>) s.getDiscriminator().getMapping())
            .forEach((label, target) -> members.put(label, Pointer.schemaName(target)));
      }
    }
    if (own && s.getOneOf() != null) {
      for (Schema member : (List<Schema>) s.getOneOf()) {
        if (member.get$ref() == null) {
          throw new IllegalStateException("Inline oneOf member at " + at + " in " + document.location() + ": give it a name");
        }
        oneOf.add(Pointer.schemaName(member.get$ref()));
      }
      declaredAt.put("oneOf", at);
    }
    if (own && located == origin && s.getDescription() != null) {
      description = s.getDescription();
    }
    path.remove(s);
  }

  private void implicitMembers() {
    if (discriminator == null) {
      return;
    }
    for (String member : oneOf) {
      if (!members.containsValue(member)) {
        members.put(member, member);
      }
    }
  }

  /** The document the schema is in. */
  public SpecDocument document() {
    return document;
  }

  /** The schema the reference led to, and where it is declared. */
  public Located origin() {
    return origin;
  }

  /**
   * Every schema merged into this one, in merge order: each {@code allOf} part after its own parts, the
   * schema itself last; {@code $ref}s followed, each with the pointer of its declaration. For the
   * keywords this view does not merge ({@code maxLength}, {@code nullable}, ...) and for unions reached
   * through a reference, which belong to the part that declares them.
   */
  public List<Located> parts() {
    return Collections.unmodifiableList(parts);
  }

  /** The merged {@code type}, {@code object} if unset but with properties or a discriminator; may be null. */
  public String type() {
    return type == null && (!properties.isEmpty() || discriminator != null) ? "object" : type;
  }

  public String format() {
    return format;
  }

  /**
   * The schema's own description, else that of its first inline {@code allOf} part that has one (by the
   * same rule: the part's own, else its parts'); may be null.
   */
  public String description() {
    return description;
  }

  /** Enum values as text, in declaration order. */
  public List<String> enumValues() {
    return Collections.unmodifiableList(enumValues);
  }

  /** Every property, in the order first declared, with its last declaration. */
  public Map<String, Schema> properties() {
    return Collections.unmodifiableMap(properties);
  }

  /** Every declaration of property {@code name}, in merge order, each with its pointer. */
  public List<Located> declarations(String name) {
    return declarations.getOrDefault(name, List.of());
  }

  /** The last declaration of property {@code name} with its pointer, or null. */
  public Located property(String name) {
    List<Located> all = declarations(name);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  public Set<String> required() {
    return Collections.unmodifiableSet(required);
  }

  /** The items schema of an array, with its pointer; null for other types. */
  public Located items() {
    return items;
  }

  /** The last {@code additionalProperties} declared (a Boolean or a schema), or null. */
  public Object additionalProperties() {
    return additionalProperties;
  }

  /** Whether any part declares {@code additionalProperties: false}. */
  public boolean closed() {
    return closed;
  }

  /** The discriminator property of a union this schema declares (not one of a schema it references). */
  public Optional<String> discriminator() {
    return Optional.ofNullable(discriminator);
  }

  /** For a union: label to member schema name, explicit mapping first, then implicit ones. */
  public Map<String, String> members() {
    return Collections.unmodifiableMap(members);
  }

  /** The {@code oneOf} member schema names, in order. */
  public List<String> oneOf() {
    return Collections.unmodifiableList(oneOf);
  }

  /**
   * Where a keyword was last declared: {@code type}, {@code format}, {@code enum}, {@code required},
   * {@code additionalProperties}, {@code discriminator} or {@code oneOf}; null if nowhere (or unknown).
   */
  public String declaredAt(String keyword) {
    return declaredAt.get(keyword);
  }

  /** Where required name {@code name} is first listed, or null. */
  public String requiredAt(String name) {
    return requiredAt.get(name);
  }

  /** Whether a schema is (or merges into) an object: properties, composition or a discriminator, and no enum. */
  public static boolean isObjectLike(Schema schema) {
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return false;
    }
    return "object".equals(schema.getType()) || schema.getAllOf() != null || schema.getOneOf() != null
        || schema.getProperties() != null || schema.getDiscriminator() != null;
  }
}
