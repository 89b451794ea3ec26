package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two tests that each start from an empty simulator: whichever runs second proves the reset. */
class ExtensionLifecycleTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

  @Test
  void aStaticExtensionResetsBetweenTestsAndInjectsItsSimulator(DevRevSimulator simulator) {
    assertThat(simulator).isSameAs(devrev.simulator());
    assertThat(simulator.exchanges()).isEmpty();
    Http.post(simulator, "{\"type\":\"support\"}");
  }

  @Test
  void theBaseUrlEndsInASlashAsRetrofitRequires() {
    assertThat(devrev.simulator().exchanges()).isEmpty();
    assertThat(devrev.baseUrl()).startsWith("http://").endsWith("/");
    Http.post(devrev.simulator(), "{\"type\":\"support\"}");
  }
}
