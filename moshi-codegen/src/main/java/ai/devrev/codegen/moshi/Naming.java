package ai.devrev.codegen.moshi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The naming rules of the generated code, in one place (the README's "Naming" section says them in
 * words): Java names from schema names, union labels and property names.
 */
final class Naming {
  /** Suffix of a union kind whose name would hide a name the generated code needs. */
  static final String KIND_SUFFIX = "Kind";
  /** Suffix of another nested type whose name would hide a name the generated code needs. */
  static final String NESTED_SUFFIX = "Type";
  /** Prefix of a top-level class whose name would hide a name the generated code needs (as OpenAPI Generator does). */
  static final String TOP_LEVEL_PREFIX = "Model";

  /**
   * Simple names the generated model sources use without qualification, or that the generated types
   * declare in every class: a generated type of that name would hide them.
   */
  static final Set<String> RESERVED_TYPE_NAMES = Set.of(
      // java.lang
      "Object", "String", "Boolean", "Long", "Double", "Integer", "Number", "Character", "Override",
      "SuppressWarnings", "StringBuilder", "IllegalStateException", "IllegalArgumentException",
      "NullPointerException", "UnsupportedOperationException", "Iterable", "Math", "Class", "System",
      "Deprecated", "Exception", "RuntimeException", "Throwable", "Void", "Comparable", "CharSequence",
      // imported by generated sources
      "List", "Map", "Set", "Optional", "Objects", "Collections", "ArrayList", "LinkedHashMap", "Arrays",
      "OffsetDateTime", "BigInteger", "BigDecimal", "IOException",
      "JsonAdapter", "JsonReader", "JsonWriter", "JsonDataException", "JsonEncodingException", "Moshi",
      "Nullable", "NullMarked",
      // the generated support classes and members every generated type declares
      "DevRevMoshi", "JsonValues", "ModelAdapter", "ObjectAdapter", "UnionAdapter", "EnumAdapter", "Adapters",
      "DateTimeAdapter", "JsonProblem", "JsonProblemsException", "Problems", "Values",
      "Builder", "Visitor", "Unknown", "Known", "Value");

  private Naming() {}

  /** {@code error-bad-request} and {@code bad_request} to {@code ErrorBadRequest} and {@code BadRequest}. */
  static String pascal(String text) {
    StringBuilder name = new StringBuilder();
    for (String word : words(text)) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, '_');
    }
    return name.toString();
  }

  /** {@code dev_user} to {@code devUser}. */
  static String camel(String text) {
    String pascal = pascal(text);
    return pascal.startsWith("_") ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  /** The words of a schema name, label or property: runs of letters and digits. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** A top-level class: the schema name in Pascal case, with {@value #TOP_LEVEL_PREFIX} where it would hide a name in use. */
  static String topLevel(String schema) {
    String name = pascal(schema);
    return RESERVED_TYPE_NAMES.contains(name) ? TOP_LEVEL_PREFIX + name : name;
  }

  /**
   * A union kind: its label in Pascal case ({@code invalid_field} to {@code InvalidField}), with
   * {@value #KIND_SUFFIX} where that would hide a name in use or repeat an enclosing type's name.
   */
  static String kind(String label, Set<String> taken) {
    String name = pascal(label);
    return taken.contains(name) || RESERVED_TYPE_NAMES.contains(name) ? name + KIND_SUFFIX : name;
  }

  /** The visitor method of a kind: {@code visit} and the kind's name. */
  static String visitor(String kindName) {
    return "visit" + kindName;
  }

  /**
   * A schema nested in the schema that owns it: what its name adds to the owner's
   * ({@code conversations-create-request-message} in {@code conversations-create-request} is
   * {@code Message}). DevRev names a property's enum {@code <owner>-<property>-value}: that one is
   * named after the property alone. {@value #NESTED_SUFFIX} is appended where the name would hide a
   * name in use or repeat an enclosing type's name.
   */
  static String nested(String schema, String owner, Set<String> referringProperties, Set<String> taken) {
    String rest = schema.substring(owner.length() + 1);
    if (rest.endsWith("-value")) {
      String property = rest.substring(0, rest.length() - "-value".length());
      if (referringProperties.stream().anyMatch(p -> words(p).equals(words(property)))) {
        rest = property;
      }
    }
    String name = pascal(rest);
    return taken.contains(name) || RESERVED_TYPE_NAMES.contains(name) ? name + NESTED_SUFFIX : name;
  }

  /** An enum constant: {@code dev_user} to {@code DEV_USER}. */
  static String constant(String value) {
    StringBuilder name = new StringBuilder();
    for (String word : words(value.replaceAll("([a-z0-9])([A-Z])", "$1_$2"))) {
      if (name.length() > 0) {
        name.append('_');
      }
      name.append(word.toUpperCase(Locale.ROOT));
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, '_');
    }
    return name.toString();
  }

  /** The contents of a Java string literal that reads as {@code text}. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
