package ai.devrev.spec.conformance;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A schema with its {@code $ref}s resolved and its {@code allOf} merged: the facts compared, whatever the
 * two documents' structure. A discriminator declared on an {@code allOf} part belongs to the whole.
 */
@SuppressWarnings("rawtypes")
final class Flat {
  final Schema origin;
  String type;
  String format;
  final Set<String> enumValues = new TreeSet<>();
  final Map<String, Schema> properties = new LinkedHashMap<>();
  final Set<String> required = new TreeSet<>();
  Schema items;
  Object additionalProperties;
  String discriminator;
  final Map<String, String> mapping = new LinkedHashMap<>();
  final Set<String> oneOf = new LinkedHashSet<>();

  private Flat(Schema origin) {
    this.origin = origin;
  }

  static Flat of(Schema schema, Document document) {
    Schema resolved = document.resolve(schema);
    Flat flat = new Flat(resolved);
    flat.merge(resolved, document, true);
    if (flat.type == null && (!flat.properties.isEmpty() || flat.discriminator != null)) {
      flat.type = "object";
    }
    return flat;
  }

  @SuppressWarnings("unchecked")
  private void merge(Schema schema, Document document, boolean own) {
    Schema s = document.resolve(schema);
    List<Schema> allOf = s.getAllOf();
    if (allOf != null) {
      for (Schema part : allOf) {
        merge(part, document, part.get$ref() == null);
      }
    }
    if (s.getType() != null) {
      type = s.getType();
    }
    if (s.getFormat() != null) {
      format = s.getFormat();
    }
    if (s.getEnum() != null) {
      s.getEnum().forEach(value -> enumValues.add(String.valueOf(value)));
    }
    if (s.getProperties() != null) {
      properties.putAll(s.getProperties());
    }
    if (s.getRequired() != null) {
      required.addAll(s.getRequired());
    }
    if (s.getItems() != null) {
      items = s.getItems();
    }
    if (s.getAdditionalProperties() != null) {
      additionalProperties = s.getAdditionalProperties();
    }
    if (own && s.getDiscriminator() != null) {
      discriminator = s.getDiscriminator().getPropertyName();
      if (s.getDiscriminator().getMapping() != null) {
        mapping.putAll(s.getDiscriminator().getMapping());
      }
    }
    List<Schema> members = s.getOneOf();
    if (own && members != null) {
      members.forEach(member -> oneOf.add(member.get$ref() == null ? "(inline)" : Document.name(member.get$ref())));
    }
  }
}
