package ai.devrev.sdk;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * How the client waits between attempts. The client's own sleeper blocks the calling thread for a
 * blocking call and uses a timer for an async one, so no thread is held while a future waits. Tests give
 * the builder one that records the waits instead of sleeping.
 */
public interface Sleeper {
  /**
   * Blocks for {@code duration}.
   *
   * @param duration how long
   * @throws InterruptedException when the thread is interrupted meanwhile
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Completes after {@code duration} without blocking the caller. The default runs {@link #sleep} on a
   * pool thread; the client's own sleeper uses a timer.
   *
   * @param duration how long
   * @return a future that completes after {@code duration}
   */
  default CompletableFuture<Void> sleepAsync(Duration duration) {
    return CompletableFuture.runAsync(() -> {
      try {
        sleep(duration);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CompletionException(e);
      }
    });
  }
}
