package ai.devrev.sdk.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The most recent exchanges, within a number and a size: a simulator that serves a long load test keeps
 * what a test can look at, not everything it ever received.
 *
 * <p>An exchange takes its place before its answer is sent, so a test that looks right after its call
 * returns finds it, and is filled in once the answer is out. Its answer is checked against the spec when
 * the exchange is first read: every exchange a test sees has been checked, and one that nobody reads (a
 * command line's only create, the thousands a load test pushes out of the journal) costs no check.
 */
final class Journal {
  private static final long FINISH_WAIT_SECONDS = 30;

  private final int maxExchanges;
  private final long maxBytes;
  private final Deque<Entry> entries = new ArrayDeque<>();
  private long bytes;

  Journal(int maxExchanges, long maxBytes) {
    this.maxExchanges = maxExchanges;
    this.maxBytes = maxBytes;
  }

  /** A place for the exchange whose answer is about to go out; the oldest make room. */
  synchronized Entry open() {
    Entry entry = new Entry();
    entries.addLast(entry);
    while (entries.size() > maxExchanges) {
      evictOldest();
    }
    return entry;
  }

  /** Every exchange kept, oldest first, each with its answer checked. */
  List<SimulatedExchange> exchanges() {
    List<Entry> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(entries);
    }
    List<SimulatedExchange> exchanges = new ArrayList<>(snapshot.size());
    for (Entry entry : snapshot) {
      exchanges.add(entry.await());
    }
    return exchanges;
  }

  synchronized void clear() {
    entries.forEach(entry -> entry.kept = false);
    entries.clear();
    bytes = 0;
  }

  private synchronized void completed(Entry entry, long size) {
    if (!entry.kept) {
      return;
    }
    entry.bytes = size;
    bytes += size;
    while (bytes > maxBytes && entries.size() > 1 && entries.peekFirst() != entry) {
      evictOldest();
    }
  }

  private void evictOldest() {
    Entry oldest = entries.removeFirst();
    oldest.kept = false;
    bytes -= oldest.bytes;
  }

  /** One exchange's place in the journal. */
  final class Entry {
    private final CompletableFuture<SimulatedExchange> sent = new CompletableFuture<>();
    private Supplier<List<String>> check;
    private SimulatedExchange checked;
    private boolean kept = true;
    private long bytes;

    /** Fills the place, once the answer is out; {@code check} finds the spec's problems with the answer. */
    void complete(SimulatedExchange exchange, Supplier<List<String>> check) {
      synchronized (this) {
        this.check = check;
      }
      sent.complete(exchange);
      completed(this, sizeOf(exchange));
    }

    /** The exchange, its answer checked (once, by the first reader). */
    private SimulatedExchange await() {
      SimulatedExchange exchange;
      try {
        exchange = sent.get(FINISH_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for an exchange to finish", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("An exchange did not finish within " + FINISH_WAIT_SECONDS + " s", e);
      }
      synchronized (this) {
        if (checked == null) {
          List<String> problems = new ArrayList<>(exchange.responseProblems());
          problems.addAll(check.get());
          checked = new SimulatedExchange(exchange.method(), exchange.path(), exchange.headers(), exchange.body(),
              exchange.status(), exchange.responseBody(), problems);
          check = null;
        }
        return checked;
      }
    }
  }

  /** What an exchange costs to keep, roughly: its texts, two bytes a character. */
  private static long sizeOf(SimulatedExchange exchange) {
    long size = 2L * (exchange.body().length() + exchange.responseBody().length());
    for (var header : exchange.headers().entrySet()) {
      size += 2L * header.getKey().length();
      for (String value : header.getValue()) {
        size += 2L * value.length();
      }
    }
    return size;
  }
}
