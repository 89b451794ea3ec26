package ai.devrev.codegen.moshi;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DevRev's API version mechanism, as its published document declares it at the top level:
 * {@code x-fern-version: {header: x-devrev-version, default: "2024-01-24"}}. Every generated operation
 * sends that header with that value.
 */
final class ApiVersion {
  static final String EXTENSION = "x-fern-version";
  /** An HTTP header name: an RFC 9110 token. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  /** A header value a Retrofit annotation can carry: visible ASCII and inner spaces, no quote or backslash. */
  private static final Pattern VALUE = Pattern.compile("[!#-\\[\\]-~]([ !#-\\[\\]-~]*[!#-\\[\\]-~])?");

  final String header;
  final String version;

  private ApiVersion(String header, String version) {
    this.header = header;
    this.version = version;
  }

  /** The document's version header, or {@code null} when it declares none. */
  static ApiVersion of(OpenAPI openAPI) {
    Object extension = openAPI.getExtensions() == null ? null : openAPI.getExtensions().get(EXTENSION);
    if (extension == null) {
      return null;
    }
    if (!(extension instanceof Map)) {
      throw malformed("is not an object with 'header' and 'default'");
    }
    Map<?, ?> map = (Map<?, ?>) extension;
    Object header = map.get("header");
    Object version = map.get("default");
    if (!(header instanceof String) || !TOKEN.matcher((String) header).matches()) {
      throw malformed("needs 'header', an HTTP header name; it has " + describe(header));
    }
    if (!(version instanceof String) || !VALUE.matcher((String) version).matches()) {
      throw malformed("needs 'default', the version as a string of visible characters; it has " + describe(version));
    }
    return new ApiVersion((String) header, (String) version);
  }

  private static String describe(Object value) {
    return value == null ? "none" : value instanceof String ? "'" + value + "'" : "a " + value.getClass().getSimpleName();
  }

  private static IllegalStateException malformed(String why) {
    return new IllegalStateException("The document's top-level " + EXTENSION + " " + why
        + ", e.g. {header: x-devrev-version, default: \"2024-01-24\"}");
  }
}
