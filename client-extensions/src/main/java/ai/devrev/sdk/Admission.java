package ai.devrev.sdk;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * At most a fixed number of calls in flight per client; the rest wait in line, in order. A call waits
 * only within its own timeout (its caller abandons the wait), so a long line never makes a call exceed
 * it, unlike OkHttp's dispatcher queue, where a call's timeout starts only once it runs. Blocking and
 * async calls share the line.
 */
final class Admission {
  private final int limit;
  private final Deque<CompletableFuture<Void>> line = new ArrayDeque<>();
  private int active;
  private boolean closed;

  Admission(int limit) {
    this.limit = limit;
  }

  /** A future that completes when the call may start: at once when a slot is free. */
  CompletableFuture<Void> enter() {
    synchronized (this) {
      if (closed) {
        return CompletableFuture.failedFuture(new ClientClosedException());
      }
      if (active < limit) {
        active++;
        return CompletableFuture.completedFuture(null);
      }
      CompletableFuture<Void> turn = new CompletableFuture<>();
      line.addLast(turn);
      return turn;
    }
  }

  /**
   * Gives up a wait. {@code true} when the call had not been let in (it must not start); {@code false}
   * when it was let in meanwhile, and then holds a slot it must {@link #leave()}.
   */
  boolean abandon(CompletableFuture<Void> turn) {
    synchronized (this) {
      if (line.remove(turn)) {
        return true;
      }
    }
    return turn.isCompletedExceptionally();
  }

  /** Frees a slot, letting the first waiting call in. */
  void leave() {
    CompletableFuture<Void> next;
    synchronized (this) {
      next = line.pollFirst();
      if (next == null) {
        active--;
        return;
      }
    }
    next.complete(null);
  }

  /** Refuses new calls and fails those waiting; calls in flight finish on their own. */
  void close() {
    CompletableFuture<?>[] waiting;
    synchronized (this) {
      closed = true;
      waiting = line.toArray(new CompletableFuture<?>[0]);
      line.clear();
    }
    for (CompletableFuture<?> turn : waiting) {
      turn.completeExceptionally(new ClientClosedException());
    }
  }
}
