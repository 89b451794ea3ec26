package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

  @Test
  void anExchangeThatReadsAfterShutdownEndsInterruptedInsteadOfThrowing() throws Exception {
    WorkerPool pool = new WorkerPool("test", 1, 1, Duration.ofSeconds(5));
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Boolean> interruptedAfterReading = new CompletableFuture<>();
    pool.execute(() -> {
      started.countDown();
      try {
        new CountDownLatch(1).await(); // until shutdown interrupts this exchange
      } catch (InterruptedException expected) {
        // the server stopping; the exchange goes on to its next read, as the JDK's server does
      }
      try {
        WorkerPool.reading();
        interruptedAfterReading.complete(Thread.currentThread().isInterrupted());
      } catch (RuntimeException e) {
        interruptedAfterReading.completeExceptionally(e);
      }
    });
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    pool.shutdown();

    assertThat(interruptedAfterReading.get(5, TimeUnit.SECONDS)).isTrue();
  }
}
