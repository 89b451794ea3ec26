package ai.devrev.sdk.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code NAME=JSON}: the value must be valid JSON, so that a typo is a usage error here rather
 * than a custom field of the wrong type at DevRev. A string therefore needs its quotes.
 */
final class JsonFieldConverter implements ITypeConverter<JsonField> {
  @Override
  public JsonField convert(String text) {
    int equals = text.indexOf('=');
    if (equals <= 0 || text.substring(0, equals).isBlank()) {
      throw new TypeConversionException("'" + text + "' is not NAME=JSON, e.g. tnt__priority='\"high\"' or tnt__count=3");
    }
    String name = text.substring(0, equals).strip();
    String json = text.substring(equals + 1);
    try {
      return new JsonField(name, Json.value(json));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("the value of " + name + " is not JSON (" + e.getMessage()
          + "); a string needs quotes: " + name + "='\"text\"'");
    }
  }
}
