package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void doublesFromHalfASecondUpToEightSeconds() {
    Backoff backoff = new Backoff(() -> 1.0);
    assertThat(backoff.before(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.before(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.before(5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(backoff.before(40)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void jitterShortensTheWaitByAtMostAQuarter() {
    assertThat(new Backoff(() -> 0.75).before(2)).isEqualTo(Duration.ofMillis(750));
    for (int i = 0; i < 100; i++) {
      assertThat(Backoff.randomized().before(1)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    }
  }
}
