package ai.devrev.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.RequestOptions;
import ai.devrev.sdk.BadRequestException;
import ai.devrev.sdk.InternalServerErrorException;
import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads sharing one client against a local MockWebServer. CI runs 8 threads × 500 creates; the
 * issue's full run is 64 × 10 000: {@code -Pfull-load} (see README). Every create must end as the server
 * meant (201, or the 400 and 500 mixed in, or a 429 retried once), with its own conversation, created
 * exactly once; the connection pool stays bounded; no response leaks; the heap after GC does not grow
 * between the first thousand creates and the end.
 */
class LoadTest {
  private static final int THREADS = Integer.getInteger("load.threads", 8);
  private static final int CALLS = Integer.getInteger("load.calls", 500);
  private static final Duration GUARD = Duration.ofMinutes(Long.getLong("load.guardMinutes", 4));
  /** Generous: a per-call leak of a few kilobytes fails it, noise from the JIT and pools does not. */
  private static final long HEAP_GROWTH_LIMIT = 64L * 1024 * 1024;
  private static final String TOKEN = "load-secret-token-0123456789";

  private MockWebServer server;
  private final LeakWarnings leaks = new LeakWarnings();
  private final Logger okhttpLogger = Logger.getLogger(OkHttpClient.class.getName());

  /** Collects OkHttp's "A connection to … was leaked" warnings. */
  static final class LeakWarnings extends Handler {
    final Queue<String> messages = new ConcurrentLinkedQueue<>();

    @Override
    public void publish(LogRecord record) {
      if (record.getMessage() != null && record.getMessage().contains("leaked")) {
        messages.add(record.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * MockWebServer writes a response's headers and body in two flushes; with Nagle's algorithm on its
   * sockets every exchange would wait for the client's delayed ACK (about 40 ms), measuring TCP, not the client.
   */
  static final class NoDelayServerSocketFactory extends javax.net.ServerSocketFactory {
    @Override
    public java.net.ServerSocket createServerSocket() throws java.io.IOException {
      return new java.net.ServerSocket() {
        @Override
        public java.net.Socket accept() throws java.io.IOException {
          java.net.Socket socket = new java.net.Socket();
          implAccept(socket);
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
      throw new UnsupportedOperationException();
    }
  }

  @BeforeEach
  void start() throws Exception {
    okhttpLogger.addHandler(leaks);
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    okhttpLogger.removeHandler(leaks);
    server.close();
  }

  /** What the server does with create number {@code index}, by {@code index % 100}. */
  private enum Plan {
    CREATED, BAD_REQUEST, RATE_LIMITED_ONCE, SERVER_ERROR;

    static Plan of(int index) {
      switch (index % 100) {
        case 7: return BAD_REQUEST;
        case 13: return RATE_LIMITED_ONCE;
        case 41: return SERVER_ERROR;
        default: return CREATED;
      }
    }
  }

  private static final class Ledger extends Dispatcher {
    final AtomicIntegerArray attempts;
    final AtomicIntegerArray created;
    final AtomicInteger maxConnectionIndex = new AtomicInteger();
    final AtomicInteger unreadable = new AtomicInteger();
    private final MockWebServer server;

    Ledger(int size, MockWebServer server) {
      this.attempts = new AtomicIntegerArray(size);
      this.created = new AtomicIntegerArray(size);
      this.server = server;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      try {
        server.takeRequest(0, TimeUnit.MILLISECONDS); // keep MockWebServer's own record from growing
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      maxConnectionIndex.accumulateAndGet(request.getConnectionIndex(), Math::max);
      String body = request.getBody() == null ? "" : request.getBody().utf8();
      int at = body.indexOf("\"title\":\"load-");
      if (at < 0 || !"Bearer " .concat(TOKEN).equals(request.getHeaders().get("Authorization"))) {
        unreadable.incrementAndGet();
        return new MockResponse.Builder().code(418).build();
      }
      int index = Integer.parseInt(body.substring(at + 14, body.indexOf('"', at + 14)));
      int attempt = attempts.incrementAndGet(index);
      switch (Plan.of(index)) {
        case BAD_REQUEST:
          return json(400, "{\"type\":\"bad_request\",\"message\":\"no\"}");
        case SERVER_ERROR:
          return json(500, "{\"type\":\"internal_error\",\"reference_id\":\"r-" + index + "\"}");
        case RATE_LIMITED_ONCE:
          if (attempt == 1) {
            return new MockResponse.Builder(json(429, "{\"type\":\"too_many_requests\"}")).addHeader("Retry-After", "0").build();
          }
          break;
        default:
          break;
      }
      created.incrementAndGet(index);
      return json(201, "{\"conversation\":{\"id\":\"conv-" + index + "\",\"members\":[{\"type\":\"dev_user\","
          + "\"id\":\"DEVU-1\"}],\"title\":\"load-" + index + "\"}}");
    }

    private static MockResponse json(int code, String body) {
      return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
  }

  @Test
  void threadsSharingOneClientCreateEachConversationExactlyOnce() throws Exception {
    assertThat(InetAddress.getByName(server.getHostName()).isLoopbackAddress()).as("loopback only").isTrue();
    int total = THREADS * CALLS;
    Ledger ledger = new Ledger(total, server);
    server.setDispatcher(ledger);
    ConnectionPool pool = new ConnectionPool();
    OkHttpClient http = new OkHttpClient.Builder().connectionPool(pool).build();
    long descriptorsBefore = openFileDescriptors();
    AtomicInteger unexpected = new AtomicInteger();
    Queue<String> samples = new ConcurrentLinkedQueue<>();
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger badRequests = new AtomicInteger();
    AtomicInteger serverErrors = new AtomicInteger();
    AtomicInteger maxPool = new AtomicInteger();
    long[] heap = new long[2];
    long[] millis = new long[1];

    assertTimeoutPreemptively(GUARD, () -> {
      ExecutorService workers = Executors.newFixedThreadPool(THREADS);
      ExecutorService sampler = Executors.newSingleThreadExecutor();
      AtomicLong stop = new AtomicLong();
      sampler.submit(() -> {
        while (stop.get() == 0) {
          maxPool.accumulateAndGet(pool.connectionCount(), Math::max);
          Thread.sleep(20);
        }
        return null;
      });
      try (DevRevClient client = DevRevClient.builder().baseUrl(server.url("/").toString()).token(TOKEN)
          .httpClient(http).build()) {
        int warmUp = Math.max(1, Math.min(CALLS, 1000 / THREADS));
        long start = System.nanoTime();
        runPhase(workers, client, 0, warmUp, unexpected, samples, succeeded, badRequests, serverErrors);
        heap[0] = usedHeapAfterGc();
        runPhase(workers, client, warmUp, CALLS, unexpected, samples, succeeded, badRequests, serverErrors);
        millis[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        heap[1] = usedHeapAfterGc();
      } finally {
        stop.set(1);
        workers.shutdown();
        sampler.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        sampler.awaitTermination(1, TimeUnit.MINUTES);
      }
    }, "the load run did not end");

    int expectedBad = 0;
    int expectedServerErrors = 0;
    int lostOrDoubled = 0;
    for (int index = 0; index < total; index++) {
      Plan plan = Plan.of(index);
      expectedBad += plan == Plan.BAD_REQUEST ? 1 : 0;
      expectedServerErrors += plan == Plan.SERVER_ERROR ? 1 : 0;
      boolean createdOnce = ledger.created.get(index) == 1;
      boolean shouldCreate = plan == Plan.CREATED || plan == Plan.RATE_LIMITED_ONCE;
      if (createdOnce != shouldCreate || ledger.attempts.get(index) != (plan == Plan.RATE_LIMITED_ONCE ? 2 : 1)) {
        lostOrDoubled++;
      }
    }
    String summary = String.format("load: %d threads x %d creates = %d in %d ms (%.0f/s); server connections %d;"
            + " pool peak %d; heap after GC %d KiB after the first %d, %d KiB at the end; file descriptors %+d",
        THREADS, CALLS, total, millis[0], total * 1000.0 / Math.max(1, millis[0]), ledger.maxConnectionIndex.get() + 1,
        maxPool.get(), heap[0] / 1024, Math.min(total, Math.max(1, 1000 / THREADS) * THREADS), heap[1] / 1024,
        openFileDescriptors() - descriptorsBefore);
    System.out.println(summary);
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "load-report.txt"), summary + "\n");

    assertThat(samples).as("unexpected errors").isEmpty();
    assertThat(unexpected.get()).isZero();
    assertThat(ledger.unreadable.get()).as("requests the server could not attribute").isZero();
    assertThat(lostOrDoubled).as("creates lost, doubled or retried wrongly").isZero();
    assertThat(badRequests.get()).isEqualTo(expectedBad);
    assertThat(serverErrors.get()).isEqualTo(expectedServerErrors);
    assertThat(succeeded.get()).isEqualTo(total - expectedBad - expectedServerErrors);
    assertThat(maxPool.get()).as("connections in the pool at its peak").isLessThanOrEqualTo(THREADS + 10);

    // A response left open keeps its connection allocated: evicting must leave nothing behind.
    pool.evictAll();
    assertThat(pool.connectionCount()).as("connections still allocated after every create ended").isZero();
    assertThat(detectLeaks(http)).as("OkHttp leak warnings").isEmpty();
    assertThat(heap[1] - heap[0]).as("heap growth between the first thousand creates and the end")
        .isLessThan(HEAP_GROWTH_LIMIT);
    http.dispatcher().executorService().shutdown();
    server.close();
    assertThat(openFileDescriptors() - descriptorsBefore).as("file descriptors left open").isLessThan(20);
  }

  private static void runPhase(ExecutorService workers, DevRevClient client, int from, int to,
      AtomicInteger unexpected, Queue<String> samples, AtomicInteger succeeded, AtomicInteger badRequests,
      AtomicInteger serverErrors) throws InterruptedException, ExecutionException {
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      tasks.add(() -> {
        for (int i = from; i < to; i++) {
          int index = thread * CALLS + i;
          ConversationsCreateRequest request = ConversationsCreateRequest.builder()
              .type(ConversationsCreateRequest.Type.SUPPORT).title("load-" + index).build();
          try {
            Conversation conversation = thread % 2 == 0 ? client.conversations().create(request)
                : client.conversations().createAsync(request, RequestOptions.none()).get(1, TimeUnit.MINUTES);
            if (!conversation.id().equals("conv-" + index)) {
              throw new AssertionError("create " + index + " got " + conversation.id());
            }
            succeeded.incrementAndGet();
          } catch (Throwable e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            Plan plan = Plan.of(index);
            if (plan == Plan.BAD_REQUEST && cause instanceof BadRequestException
                && ((BadRequestException) cause).errorType().equals(java.util.Optional.of("bad_request"))) {
              badRequests.incrementAndGet();
            } else if (plan == Plan.SERVER_ERROR && cause instanceof InternalServerErrorException) {
              serverErrors.incrementAndGet();
            } else {
              unexpected.incrementAndGet();
              if (samples.size() < 10) {
                samples.add(index + ": " + cause);
              }
            }
          }
        }
        return null;
      });
    }
    for (Future<Void> done : workers.invokeAll(tasks)) {
      done.get();
    }
  }

  static long usedHeapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  static long openFileDescriptors() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof UnixOperatingSystemMXBean ? ((UnixOperatingSystemMXBean) os).getOpenFileDescriptorCount() : 0;
  }

  /**
   * OkHttp notices a leaked response only when a call object it still tracks has been collected and the
   * pool cleans up: collect garbage, then make one more call so the cleanup runs, then read the warnings.
   */
  private List<String> detectLeaks(OkHttpClient http) throws Exception {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse.Builder().code(204).build();
        }
      });
      try (Response response = http.newCall(new Request.Builder().url(server.url("/after")).build()).execute()) {
        assertThat(response.code()).isEqualTo(204);
      }
      Thread.sleep(200);
    }
    return new ArrayList<>(leaks.messages);
  }

  /** The leak check above can fail: a response deliberately left open is reported. */
  @Test
  void aLeakedResponseIsDetected() throws Exception {
    ConnectionPool pool = new ConnectionPool();
    OkHttpClient http = new OkHttpClient.Builder().connectionPool(pool).build();
    server.enqueue(new MockResponse.Builder().code(200).body("a body nobody reads or closes").build());
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      leakOneResponse(http);
      pool.evictAll();
      assertThat(pool.connectionCount()).as("the leaked response's connection stays allocated").isEqualTo(1);
      List<String> warnings = List.of();
      for (int i = 0; i < 20 && warnings.isEmpty(); i++) {
        warnings = detectLeaks(http);
      }
      assertThat(warnings).anyMatch(w -> w.contains("was leaked"));
    });
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private void leakOneResponse(OkHttpClient http) throws Exception {
    Response response = http.newCall(new Request.Builder().url(server.url("/leak")).build()).execute();
    assertThat(response.code()).isEqualTo(200);
  }
}
