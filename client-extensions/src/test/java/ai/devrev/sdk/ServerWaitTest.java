package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServerWaitTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsSecondsIncludingFractions() {
    assertThat(ServerWait.retryAfter("30", CLOCK)).isEqualTo(Duration.ofSeconds(30));
    assertThat(ServerWait.retryAfter(" 1.5 ", CLOCK)).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void readsAnHttpDateRelativeToNow() {
    assertThat(ServerWait.retryAfter("Tue, 24 Nov 2026 12:01:00 GMT", CLOCK)).isEqualTo(Duration.ofMinutes(1));
    assertThat(ServerWait.retryAfter("Tue, 24 Nov 2026 11:00:00 GMT", CLOCK)).isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(ServerWait.retryAfter(null, CLOCK)).isNull();
    assertThat(ServerWait.retryAfter("soon", CLOCK)).isNull();
    assertThat(ServerWait.retryAfter("-5", CLOCK)).isNull();
    assertThat(ServerWait.retryAfter("NaN", CLOCK)).isNull();
  }
}
