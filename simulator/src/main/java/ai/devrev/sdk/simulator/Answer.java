package ai.devrev.sdk.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A status, a JSON body and the headers beyond {@code Content-Type}: what the simulator sends back. */
final class Answer {
  final int status;
  final JsonNode body;
  final Map<String, String> headers = new LinkedHashMap<>();

  Answer(int status, JsonNode body) {
    this.status = status;
    this.body = body;
  }

  Answer with(Map<String, String> more) {
    headers.putAll(more);
    return this;
  }
}
