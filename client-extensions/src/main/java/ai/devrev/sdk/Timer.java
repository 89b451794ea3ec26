package ai.devrev.sdk;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread per client for what async calls wait on (retry waits, deadlines), so no thread is
 * held while a future waits. Started on first use: a client that only makes blocking calls never
 * starts it. Its {@link Sleeper} blocks for blocking calls and schedules for async ones.
 */
final class Timer implements Sleeper {
  private ScheduledThreadPoolExecutor executor;
  private boolean closed;

  private synchronized ScheduledThreadPoolExecutor executor() {
    if (closed) {
      throw new ClientClosedException();
    }
    if (executor == null) {
      executor = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "DevRev client timer");
        thread.setDaemon(true);
        return thread;
      });
      executor.setRemoveOnCancelPolicy(true);
    }
    return executor;
  }

  ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return executor().schedule(task, Math.max(0, Durations.nanos(delay)), TimeUnit.NANOSECONDS);
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(Durations.nanos(duration));
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    schedule(() -> done.complete(null), duration);
    return done;
  }

  /** Stops the thread, dropping what was scheduled; returns once it has ended (or after a second). */
  void close() throws InterruptedException {
    ScheduledThreadPoolExecutor running;
    synchronized (this) {
      closed = true;
      running = executor;
    }
    if (running != null) {
      running.shutdownNow();
      running.awaitTermination(1, TimeUnit.SECONDS);
    }
  }
}
