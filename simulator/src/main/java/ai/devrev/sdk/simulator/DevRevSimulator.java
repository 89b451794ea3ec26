package ai.devrev.sdk.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A local stand-in for DevRev's {@code POST /conversations.create}, for tests that must not call DevRev.
 *
 * <p>Why: a client's tests need a server that behaves like DevRev (checks the token, rejects what
 * DevRev rejects with the error DevRev sends, answers with bodies of the right shape and DevRev's
 * rate-limit headers), can be told to fail (429, 500, 503...), and shows what the client sent. This one
 * validates each request against our OpenAPI document, answers from its examples (echoing the request's
 * fields), checks every answer against the same document and keeps the most recent exchanges. It is
 * built to survive real use: requests are bounded in size, reads time out, a fixed pool of threads
 * serves them, and a failure inside the simulator is answered with DevRev's 500.
 *
 * <pre>{@code
 * try (DevRevSimulator devrev = DevRevSimulator.start()) {
 *   DevRevClient client = DevRevClient.builder().baseUrl(devrev.baseUrl()).token("any").build();
 *   devrev.enqueue(SimulatedError.TOO_MANY_REQUESTS);   // the next request gets a 429
 *   ...
 *   assertThat(devrev.lastExchange().body()).contains("\"type\":\"support\"");
 * }
 * }</pre>
 */
public final class DevRevSimulator implements AutoCloseable {
  /** The request header that asks for a {@link SimulatedError}, by status ({@code 429}) or example name. */
  public static final String RESPOND_WITH_HEADER = "X-Simulator-Respond-With";
  /** {@code POST} here does what {@link #reset()} does, for tests that drive a simulator over HTTP only. */
  public static final String RESET_PATH = "/_simulator/reset";

  private final HttpServer server;
  private final WorkerPool workers;
  private final Journal journal;
  private final Queue<SimulatedError> forced = new ConcurrentLinkedQueue<>();
  private final RateLimit rateLimit;
  private final String baseUrl;

  private DevRevSimulator(Builder builder) {
    this.journal = new Journal(builder.journalExchanges, builder.journalBytes);
    this.rateLimit = new RateLimit(builder.rateLimit, builder.rateWindow, builder.clock);
    CompletableFuture<Responder> responder = SpecModel.ours().thenApply(spec -> new Responder(spec, forced,
        builder.requiredToken, builder.strictRequests, builder.maxRequestBytes, builder.clock, rateLimit));
    try {
      this.server = HttpServer.create(new InetSocketAddress(builder.host, builder.port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the simulator on " + builder.host + ":" + builder.port, e);
    }
    this.workers = new WorkerPool("devrev-simulator-" + server.getAddress().getPort(), builder.workerThreads,
        Math.max(64, 4 * builder.workerThreads), builder.readTimeout);
    server.createContext("/", new SimulatorHandler(responder, journal, builder.maxRequestBytes, this::reset));
    server.setExecutor(workers);
    server.start();
    String host = builder.host.isLoopbackAddress() || builder.host.isAnyLocalAddress() ? "localhost"
        : builder.host instanceof Inet6Address ? "[" + builder.host.getHostAddress() + "]" : builder.host.getHostAddress();
    this.baseUrl = "http://" + host + ":" + server.getAddress().getPort() + "/";
  }

  /**
   * Starts a simulator on a free port of the loopback interface, accepting any bearer token.
   *
   * @return the running simulator; close it when done
   */
  public static DevRevSimulator start() {
    return builder().start();
  }

  /**
   * Options: port, host, token, clock, the request check, bounds, timeouts and the rate limit.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL to give the client, ending in {@code /}, e.g. {@code http://localhost:54321/}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The port it listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The next request (whatever it is) gets this error. Queued errors are used in order.
   *
   * @param error the error to answer with
   */
  public void enqueue(SimulatedError error) {
    forced.add(Objects.requireNonNull(error, "error"));
  }

  /**
   * The next request gets the first {@link SimulatedError} with this status (400, 401, 403, 429, 500, 503).
   *
   * @param status the status of the error
   */
  public void enqueueError(int status) {
    enqueue(SimulatedError.of(String.valueOf(status)));
  }

  /**
   * The exchanges kept, oldest first: the most recent ones, within the journal's bound
   * ({@link Builder#journalLimit}). Each answer has been checked against the spec by the time it is returned here.
   *
   * @return the exchanges, unmodifiable
   */
  public List<SimulatedExchange> exchanges() {
    return journal.exchanges();
  }

  /**
   * The most recent exchange.
   *
   * @return the last exchange
   * @throws IllegalStateException when no request has arrived yet
   */
  public SimulatedExchange lastExchange() {
    List<SimulatedExchange> exchanges = exchanges();
    if (exchanges.isEmpty()) {
      throw new IllegalStateException("The simulator has received no request");
    }
    return exchanges.get(exchanges.size() - 1);
  }

  /** Forgets the exchanges and the queued errors, and starts a new rate-limit window. */
  public void reset() {
    journal.clear();
    forced.clear();
    rateLimit.reset();
  }

  /** Stops listening and stops its threads. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdown();
  }

  /** How to start a {@link DevRevSimulator}; every option has a default that suits a test. */
  public static final class Builder {
    private int port;
    private InetAddress host = InetAddress.getLoopbackAddress();
    private String requiredToken;
    private Clock clock = Clock.systemUTC();
    private boolean strictRequests;
    private int journalExchanges = 1000;
    private long journalBytes = 64L * 1024 * 1024;
    private long maxRequestBytes = 1024 * 1024;
    private Duration readTimeout = Duration.ofSeconds(10);
    private int workerThreads = 16;
    private long rateLimit = Integer.MAX_VALUE;
    private Duration rateWindow = Duration.ofMinutes(5);

    private Builder() {}

    /**
     * The port to listen on; 0 (the default) picks a free one, which tests should prefer.
     *
     * @param port the port, 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("Not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to listen on; the loopback interface by default.
     *
     * @param host the address
     * @return this builder
     */
    public Builder host(InetAddress host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Accept only this bearer token (by default any non-blank token is accepted).
     *
     * @param token the only token accepted
     * @return this builder
     */
    public Builder requiredToken(String token) {
      this.requiredToken = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * The clock the created conversations' dates and the rate-limit window come from.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether a request field the spec does not name is refused (400 {@code invalid_field}). Off by
     * default, as in DevRev's published contract, which does not forbid unknown fields (DevRev adds
     * fields over time, and a client may send one before its model knows it). On, it catches a
     * misspelled field in your own requests.
     *
     * @param strict whether unknown fields are refused
     * @return this builder
     */
    public Builder strictRequests(boolean strict) {
      this.strictRequests = strict;
      return this;
    }

    /**
     * How many exchanges, and how many bytes of them (bodies and headers, about two bytes a character),
     * the simulator keeps; the oldest go first. 1000 exchanges and 64 MiB by default.
     *
     * @param exchanges how many exchanges, 1 or more
     * @param bytes how many bytes of them, positive
     * @return this builder
     */
    public Builder journalLimit(int exchanges, long bytes) {
      if (exchanges < 1 || bytes < 1) {
        throw new IllegalArgumentException("The journal keeps at least one exchange and one byte");
      }
      this.journalExchanges = exchanges;
      this.journalBytes = bytes;
      return this;
    }

    /**
     * The largest request body accepted, in bytes (1 MiB by default); a larger one gets 400 {@code bad_request}.
     *
     * @param bytes the limit, positive
     * @return this builder
     */
    public Builder maxRequestBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxRequestBytes must be positive: " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * How long the client may take to send the request's headers, then its body, and to take the
     * answer (10 s each by default); past that the connection is closed and its thread freed.
     *
     * @param timeout the timeout of each phase, positive
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("readTimeout must be positive: " + timeout);
      }
      this.readTimeout = timeout;
      return this;
    }

    /**
     * How many requests are served at once (16 by default). Further requests wait in a bounded queue;
     * beyond it their connections are closed at once.
     *
     * @param threads how many, 1 or more
     * @return this builder
     */
    public Builder workerThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("workerThreads must be positive: " + threads);
      }
      this.workerThreads = threads;
      return this;
    }

    /**
     * DevRev's rate limit: {@code requests} per {@code window}, counted from the window's first request
     * (by default 2<sup>31</sup>−1 per five minutes, which never throttles a test).
     *
     * @param requests how many requests a window allows
     * @param window the window's length
     * @return this builder
     */
    public Builder rateLimit(long requests, Duration window) {
      if (requests < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("A rate limit needs a positive number of requests and a positive window");
      }
      this.rateLimit = requests;
      this.rateWindow = window;
      return this;
    }

    /**
     * Starts the simulator: it listens at once; the spec is read, once per JVM, on a thread of its own.
     *
     * @return the running simulator; close it when done
     */
    public DevRevSimulator start() {
      return new DevRevSimulator(this);
    }
  }
}
