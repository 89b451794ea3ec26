package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When the simulator itself fails on a request, the client gets DevRev's 500 and the test hears of it. */
class HandlerFailureTest {
  @Test
  void aFailureWhileAnsweringIsA500AndAProblemOfTheExchange() {
    try (DevRevSimulator simulator = DevRevSimulator.builder().clock(new BrokenClock()).start()) {
      Http.Reply reply = Http.post(simulator, "{\"type\":\"support\"}");

      assertThat(reply.status).isEqualTo(500);
      assertThat(reply.body.get("type").asText()).isEqualTo("internal_error");
      assertThat(simulator.lastExchange().status()).isEqualTo(500);
      assertThat(simulator.lastExchange().responseProblems()).anySatisfy(problem ->
          assertThat(problem).contains("The simulator failed on this request").contains("the clock is broken"));
    }
  }

  @Test
  void theSimulatorGoesOnAnsweringAfterAFailure() {
    try (DevRevSimulator simulator = DevRevSimulator.builder().clock(new BrokenClock()).start()) {
      for (int i = 0; i < 5; i++) {
        assertThat(Http.post(simulator, "{\"type\":\"support\"}").status).isEqualTo(500);
      }
      assertThat(simulator.exchanges()).hasSize(5);
    }
  }

  /** A clock that fails when read: a stand-in for any bug inside the simulator. */
  private static final class BrokenClock extends Clock {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      throw new IllegalStateException("the clock is broken");
    }
  }
}
