package ai.devrev.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.model.DevRevMoshi;
import ai.devrev.sdk.simulator.DevRevSimulator;
import ai.devrev.sdk.simulator.SimulatedExchange;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** What a simulator received, decoded for assertions. */
final class SimulatorRequests {
  private static final JsonAdapter<Map<String, Object>> MAP =
      DevRevMoshi.create().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private SimulatorRequests() {}

  /** The body of the only request the simulator received, as a JSON object. */
  static Map<String, Object> onlyBody(DevRevSimulator simulator) {
    assertThat(simulator.exchanges()).hasSize(1);
    return json(onlyExchange(simulator).body());
  }

  static SimulatedExchange onlyExchange(DevRevSimulator simulator) {
    assertThat(simulator.exchanges()).hasSize(1);
    return simulator.lastExchange();
  }

  static Map<String, Object> json(String text) {
    try {
      return MAP.fromJson(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
