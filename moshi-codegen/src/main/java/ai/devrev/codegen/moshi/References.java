package ai.devrev.codegen.moshi;

import io.swagger.v3.core.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the component schemas a part of the document names, through $refs and union member lists. */
final class References {
  private static final String PREFIX = "#/components/schemas/";

  private References() {}

  /** Schema names referenced anywhere inside {@code node}, which may be any swagger model object. */
  static List<String> in(Object node) {
    List<String> names = new ArrayList<>();
    collect(Json.mapper().convertValue(node, Object.class), names);
    return names;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object value, List<String> names) {
    if (value instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) value;
      Object ref = map.get("$ref");
      if (ref instanceof String && ((String) ref).startsWith(PREFIX)) {
        names.add(((String) ref).substring(PREFIX.length()));
      }
      Object schema = map.get("schema");
      if (schema instanceof String && map.containsKey("label")) {
        names.add((String) schema); // an entry of SchemaFlattener.X_MEMBERS
      }
      map.values().forEach(child -> collect(child, names));
    } else if (value instanceof List) {
      ((List<Object>) value).forEach(child -> collect(child, names));
    }
  }
}
