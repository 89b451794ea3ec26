package ai.devrev.sdk.cli;

import ai.devrev.sdk.model.SetTagWithValue;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --tag ID[=VALUE]} into the request's tag: the ID, and the value after the first {@code =}. */
final class TagConverter implements ITypeConverter<SetTagWithValue> {
  @Override
  public SetTagWithValue convert(String text) {
    int equals = text.indexOf('=');
    String id = (equals < 0 ? text : text.substring(0, equals)).strip();
    if (id.isEmpty()) {
      throw new TypeConversionException("'" + text + "' has no tag ID; expected ID or ID=VALUE");
    }
    SetTagWithValue.Builder tag = SetTagWithValue.builder().id(id);
    if (equals >= 0) {
      tag.value(text.substring(equals + 1));
    }
    return tag.build();
  }
}
