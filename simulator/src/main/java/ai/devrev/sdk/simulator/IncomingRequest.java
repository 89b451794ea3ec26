package ai.devrev.sdk.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the simulator read it: the body's bytes, unless it was over the size bound, in which case
 * it was not kept (and not read beyond what could be discarded).
 *
 * @param headers by lower-case name
 * @param body the body's bytes; empty when there was none or it was too large
 */
record IncomingRequest(String method, String path, Map<String, List<String>> headers, byte[] body, boolean tooLarge) {

  /** The first value of a header, or null. */
  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
