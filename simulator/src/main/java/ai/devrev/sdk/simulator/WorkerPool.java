package ai.devrev.sdk.simulator;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator's workers: a fixed number of threads and a bounded queue, and a deadline on every read
 * from the client.
 *
 * <p>Why: the JDK's HTTP server reads a request's line and headers on the executor's thread, with a
 * blocking read, and has no per-server timeout for it. A client that sends half a request would hold a
 * thread for as long as it likes, and enough of them would hold every thread. Here each read phase (the
 * headers, then the body, then the writing of the answer) runs under an alarm; when it fires, the thread
 * is interrupted, which closes the connection's channel (it is an {@link java.nio.channels.InterruptibleChannel})
 * and frees the thread. Work between reads (checking the request, building the answer) runs without an
 * alarm, so an interrupt never lands in the middle of it. When every thread is busy and the queue is
 * full, the server closes the new connection at once rather than letting it wait without bound.
 */
final class WorkerPool implements Executor {
  private static final ThreadLocal<Task> CURRENT = new ThreadLocal<>();

  private final ThreadPoolExecutor workers;
  private final ScheduledThreadPoolExecutor alarms;
  private final long timeoutNanos;

  WorkerPool(String name, int threads, int queueLength, Duration readTimeout) {
    this.timeoutNanos = readTimeout.toNanos();
    this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueLength),
        daemons(name + "-worker-"), new ThreadPoolExecutor.AbortPolicy());
    workers.allowCoreThreadTimeOut(true);
    this.alarms = new ScheduledThreadPoolExecutor(1, daemons(name + "-read-deadline-"));
    alarms.setRemoveOnCancelPolicy(true);
  }

  @Override
  public void execute(Runnable exchange) {
    workers.execute(new Task(exchange));
  }

  /** The current exchange reads (or writes) from here on: under a fresh deadline. */
  static void reading() {
    Task task = CURRENT.get();
    if (task != null) {
      task.arm();
    }
  }

  /** The current exchange works without the client from here on: no deadline. */
  static void working() {
    Task task = CURRENT.get();
    if (task != null) {
      task.disarm();
    }
  }

  /** Stops every worker and alarm; exchanges in progress are interrupted. */
  void shutdown() {
    alarms.shutdownNow(); // first: an interrupted exchange that reads again then finds no alarm to arm, and ends
    workers.shutdownNow();
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** One exchange on one worker, with the alarm of its current read phase. */
  private final class Task implements Runnable {
    private final Runnable exchange;
    private Thread thread;
    private ScheduledFuture<?> alarm;
    private long phase;
    private boolean done;

    Task(Runnable exchange) {
      this.exchange = exchange;
    }

    @Override
    public void run() {
      synchronized (this) {
        thread = Thread.currentThread();
      }
      CURRENT.set(this);
      arm(); // the server reads the request line and headers first
      try {
        exchange.run();
      } finally {
        CURRENT.remove();
        synchronized (this) {
          done = true;
          disarm();
        }
        Thread.interrupted(); // an alarm that fired must not reach the next exchange on this thread
      }
    }

    synchronized void arm() {
      disarm();
      long armed = ++phase;
      try {
        alarm = alarms.schedule(() -> expire(armed), timeoutNanos, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException stopping) {
        // The pool is shutting down: this exchange ends as the others do, interrupted.
        thread.interrupt();
      }
    }

    synchronized void disarm() {
      phase++;
      if (alarm != null) {
        alarm.cancel(false);
        alarm = null;
      }
    }

    private synchronized void expire(long armed) {
      if (!done && armed == phase) {
        thread.interrupt();
      }
    }
  }
}
