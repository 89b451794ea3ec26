package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsSecondsIncludingFractions() {
    assertThat(RetryAfter.parse("30", CLOCK)).contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse(" 1.5 ", CLOCK)).contains(Duration.ofMillis(1500));
  }

  @Test
  void readsAnHttpDateRelativeToNow() {
    assertThat(RetryAfter.parse("Tue, 24 Nov 2026 12:01:00 GMT", CLOCK)).contains(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse("Tue, 24 Nov 2026 11:00:00 GMT", CLOCK)).contains(Duration.ZERO);
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(RetryAfter.parse(null, CLOCK)).isEmpty();
    assertThat(RetryAfter.parse("soon", CLOCK)).isEmpty();
    assertThat(RetryAfter.parse("-5", CLOCK)).isEmpty();
    assertThat(RetryAfter.parse("NaN", CLOCK)).isEmpty();
  }
}
