package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulator keeps the most recent exchanges, within a number and a size, and forgets them on reset. */
class JournalTest {
  @Test
  void onlyTheMostRecentExchangesAreKept() {
    try (DevRevSimulator simulator = DevRevSimulator.builder().journalLimit(3, Long.MAX_VALUE).start()) {
      for (int i = 1; i <= 5; i++) {
        Http.post(simulator, "{\"type\":\"support\",\"title\":\"" + i + "\"}");
      }

      assertThat(simulator.exchanges().stream().map(SimulatedExchange::body).collect(Collectors.toList())).containsExactly(
          "{\"type\":\"support\",\"title\":\"3\"}", "{\"type\":\"support\",\"title\":\"4\"}", "{\"type\":\"support\",\"title\":\"5\"}");
      assertThat(simulator.lastExchange().body()).contains("\"5\"");
    }
  }

  @Test
  void theJournalStaysWithinItsSizeKeepingTheNewest() {
    String title = "x".repeat(10_000);
    try (DevRevSimulator simulator = DevRevSimulator.builder().journalLimit(1000, 100_000).start()) {
      for (int i = 0; i < 20; i++) {
        Http.post(simulator, "{\"type\":\"support\",\"title\":\"" + i + title + "\"}");
      }

      // Each exchange holds the title twice (request and answer), about 40 000 bytes: two fit in 100 000.
      assertThat(simulator.exchanges()).hasSize(2);
      assertThat(simulator.lastExchange().body()).contains("\"19x");
    }
  }

  @Test
  void oneExchangeLargerThanTheWholeBoundIsStillKept() {
    try (DevRevSimulator simulator = DevRevSimulator.builder().journalLimit(10, 10).start()) {
      Http.post(simulator, "{\"type\":\"support\",\"title\":\"longer than ten bytes\"}");

      assertThat(simulator.exchanges()).hasSize(1);
    }
  }

  @Test
  void aResetOverHttpForgetsExchangesAndQueuedErrorsAndIsNotRecorded() {
    try (DevRevSimulator simulator = DevRevSimulator.start()) {
      Http.post(simulator, "{\"type\":\"support\"}");
      simulator.enqueueError(503);

      Http.Reply reset = Http.raw(simulator, DevRevSimulator.RESET_PATH, new byte[0]);

      assertThat(reset.status).isEqualTo(204);
      assertThat(simulator.exchanges()).isEmpty();
      assertThat(Http.post(simulator, "{\"type\":\"support\"}").status).isEqualTo(201);
      assertThat(simulator.exchanges()).hasSize(1);
    }
  }

  @Test
  void theLimitMustKeepSomething() {
    assertThatThrownBy(() -> DevRevSimulator.builder().journalLimit(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
