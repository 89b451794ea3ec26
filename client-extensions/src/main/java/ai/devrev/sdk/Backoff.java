package ai.devrev.sdk;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Exponential backoff with jitter: 0.5 s × 2^(n−1), at most 8 s, times a random 0.75–1.0. */
final class Backoff {
  static final Duration INITIAL = Duration.ofMillis(500);
  static final Duration MAX = Duration.ofSeconds(8);
  private final DoubleSupplier jitter;

  Backoff(DoubleSupplier jitter) {
    this.jitter = jitter;
  }

  static Backoff randomized() {
    return new Backoff(() -> 0.75 + 0.25 * ThreadLocalRandom.current().nextDouble());
  }

  /** The wait before retry number {@code retry} (1 for the first). */
  Duration before(int retry) {
    long millis = INITIAL.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(millis, MAX.toMillis());
    return Duration.ofMillis((long) (capped * jitter.getAsDouble()));
  }
}
