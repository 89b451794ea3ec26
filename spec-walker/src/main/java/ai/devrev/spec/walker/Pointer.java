package ai.devrev.spec.walker;

/**
 * JSON Pointers (RFC 6901) into an OpenAPI document, e.g. {@code /components/schemas/conversation/allOf/1}:
 * where a fact was declared, so that a tool can report it or edit it in the document's text.
 */
public final class Pointer {
  private static final String SCHEMAS = "#/components/schemas/";

  private Pointer() {}

  /** {@code parent} followed by one reference token, escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  public static String child(String parent, String token) {
    return parent == null ? null : parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code parent} followed by an array index. */
  public static String child(String parent, int index) {
    return parent == null ? null : parent + "/" + index;
  }

  /** The pointer of component schema {@code name}. */
  public static String schema(String name) {
    return child("/components/schemas", name);
  }

  /** The reference tokens of {@code pointer}, unescaped. */
  public static String[] tokens(String pointer) {
    if (pointer.isEmpty()) {
      return new String[0];
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("Not a JSON pointer: " + pointer);
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
    }
    return tokens;
  }

  /** The pointer of {@code ref} ({@code #/components/schemas/user} gives {@code /components/schemas/user}); local refs only. */
  public static String ofRef(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("Only local references are supported: " + ref);
    }
    return ref.substring(1);
  }

  /**
   * The component schema a {@code $ref} or a discriminator mapping value names: {@code #/components/schemas/user}
   * and the bare {@code user} both give {@code user}.
   */
  public static String schemaName(String refOrName) {
    if (refOrName.startsWith(SCHEMAS)) {
      return refOrName.substring(SCHEMAS.length()).replace("~1", "/").replace("~0", "~");
    }
    if (refOrName.startsWith("#") || refOrName.contains("/")) {
      throw new IllegalArgumentException("Not a local schema reference: " + refOrName);
    }
    return refOrName;
  }

  /** The {@code $ref} of component schema {@code name}. */
  public static String schemaRef(String name) {
    return SCHEMAS + name.replace("~", "~0").replace("/", "~1");
  }
}
