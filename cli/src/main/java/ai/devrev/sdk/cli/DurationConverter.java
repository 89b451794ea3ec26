package ai.devrev.sdk.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --timeout}: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO-8601 such as {@code PT30S}; positive. */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
  private static final String EXPECTED = "expected a positive duration such as 30s, 500ms, 2m, 1h or PT30S";

  @Override
  public Duration convert(String text) {
    Duration duration = parse(text.strip().toLowerCase(Locale.ROOT));
    if (duration.isZero() || duration.isNegative()) {
      throw new TypeConversionException("'" + text + "': " + EXPECTED);
    }
    return duration;
  }

  private static Duration parse(String text) {
    if (text.startsWith("p")) {
      try {
        return Duration.parse(text.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + text + "': " + EXPECTED);
      }
    }
    Matcher matcher = SHORT.matcher(text);
    if (!matcher.matches()) {
      throw new TypeConversionException("'" + text + "': " + EXPECTED);
    }
    long amount = Long.parseLong(matcher.group(1));
    switch (matcher.group(2)) {
      case "ms":
        return Duration.ofMillis(amount);
      case "s":
        return Duration.ofSeconds(amount);
      case "m":
        return Duration.ofMinutes(amount);
      default:
        return Duration.ofHours(amount);
    }
  }
}
