package ai.devrev.sdk;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/** Response headers as a map by lower-case name, built in one pass when asked for, never on the hot path. */
final class HeaderMaps {
  private HeaderMaps() {}

  static Map<String, List<String>> of(Headers headers) {
    if (headers == null || headers.size() == 0) {
      return Map.of();
    }
    Map<String, List<String>> map = headers.toMultimap();
    map.replaceAll((name, values) -> Collections.unmodifiableList(values));
    return Collections.unmodifiableMap(map);
  }
}
