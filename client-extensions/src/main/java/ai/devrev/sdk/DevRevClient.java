package ai.devrev.sdk;

import ai.devrev.sdk.api.ConversationsApi;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.DevRevMoshi;
import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.SocketFactory;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The entry point to DevRev's API. Build one per application and share it: it is immutable,
 * thread-safe and holds one connection pool and its threads, released by {@link #close()}.
 *
 * <pre>{@code
 * try (DevRevClient client = DevRevClient.fromEnv()) {
 *   Conversation created = client.conversations().create(
 *       ConversationsCreateRequest.builder().title("Printer on fire").build());
 * }
 * }</pre>
 *
 * <p>Every call goes through one pipeline, assembled here once: {@link RequestExecutor} (deadline,
 * slots, attempts, waits) → the generated Retrofit interface → OkHttp, with the client's interceptors on
 * a copy of the OkHttp client (see the module's README for the chain).
 */
public final class DevRevClient implements AutoCloseable {
  /** DevRev's API. */
  public static final String DEFAULT_BASE_URL = "https://api.devrev.ai/";

  private final HttpUrl baseUrl;
  private final String tokenDescription;
  private final OkHttpClient http;
  private final ExecutorService dispatcherThreads;
  private final boolean ownsConnectionPool;
  private final Timer timer;
  private final RequestExecutor executor;
  private final ConversationsService conversations;
  private final AtomicBoolean closed = new AtomicBoolean();

  private DevRevClient(Builder builder) {
    this.baseUrl = BaseUrls.parse(builder.baseUrl);
    this.tokenDescription = String.valueOf(builder.tokens);
    Redactor redactor = new Redactor();
    this.ownsConnectionPool = builder.httpClient == null;
    this.dispatcherThreads = dispatcherThreads();
    this.http = httpClient(builder, redactor, dispatcherThreads);
    Moshi moshi = DevRevMoshi.create();
    ConversationsApi api = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addCallAdapterFactory(new DecodingCallAdapterFactory(builder.strictDecoding ? DevRevMoshi.createStrict() : moshi, redactor,
            Map.of(ConversationsCreateResponse.class, ConversationsService::missingConversation)))
        .addConverterFactory(new JsonRequestBodies(moshi))
        .build()
        .create(ConversationsApi.class);
    this.timer = new Timer();
    this.executor = new RequestExecutor(builder.timeout, builder.maxRetries,
        new RetryPolicy(builder.maxRetryWait, builder.backoff), new ErrorDecoder(moshi, builder.clock, redactor),
        new Admission(builder.maxConcurrentRequests), timer, builder.sleeper != null ? builder.sleeper : timer,
        builder.clock, redactor);
    this.conversations = new ConversationsService(api, executor);
  }

  /** Our links go on a copy of the base client, so a client the caller brings keeps all of its own. */
  private OkHttpClient httpClient(Builder builder, Redactor redactor, ExecutorService threads) {
    OkHttpClient base = builder.httpClient != null ? builder.httpClient : new OkHttpClient();
    Dispatcher dispatcher = new Dispatcher(threads);
    // Admission bounds what is in flight; OkHttp must never queue behind it, where timeouts do not run.
    dispatcher.setMaxRequests(builder.maxConcurrentRequests);
    dispatcher.setMaxRequestsPerHost(builder.maxConcurrentRequests);
    OkHttpClient.Builder http = base.newBuilder()
        .dispatcher(dispatcher)
        .connectTimeout(builder.connectTimeout)
        .readTimeout(builder.readTimeout)
        .writeTimeout(builder.writeTimeout)
        .callTimeout(Duration.ZERO)
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false);
    // Plain http only: the guard's checks that need a channel are out of reach under TLS, where a
    // channel's socket would only cost two system calls per timed read.
    if (base.socketFactory() == SocketFactory.getDefault() && !baseUrl.isHttps()) {
      http.socketFactory(new ChannelSocketFactory());
    }
    http.addInterceptor(new RedirectInterceptor())
        .addInterceptor(new UserAgentInterceptor())
        .addInterceptor(new AuthInterceptor(builder.tokens, baseUrl, redactor));
    if (builder.logLevel != LogLevel.NONE) {
      http.addInterceptor(new LoggingInterceptor(builder.logLevel,
          builder.logSink != null ? builder.logSink : Slf4jSink.create(), redactor));
    }
    return http.addInterceptor(new ResponseBodies(builder.maxResponseSize))
        .addInterceptor(new StatusShield.Restore())
        .addNetworkInterceptor(new ConnectionReuseGuard())
        .addNetworkInterceptor(new SendMarker())
        .addNetworkInterceptor(new StatusShield.Hide())
        .build();
  }

  private static ExecutorService dispatcherThreads() {
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
      Thread thread = new Thread(runnable, "DevRev client OkHttp dispatcher");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** {@return a builder with DevRev's defaults; a token (or token provider) is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code DEVREV_TOKEN} (required) and
   * {@code DEVREV_BASE_URL} (default {@value #DEFAULT_BASE_URL}). {@code builder().fromEnv()} combines the
   * environment with other settings.
   *
   *
   * @return the client
   * @throws IllegalStateException when {@code DEVREV_TOKEN} is not set
   */
  public static DevRevClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** {@return conversations: {@code create}} */
  public ConversationsService conversations() {
    return conversations;
  }

  /** {@return the base URL requests go to} */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Refuses new calls (they fail at once with {@link ClientClosedException}), cancels those in flight
   * (they fail with {@link DevRevIoException}, saying whether they may have reached DevRev), and stops the
   * client's threads before it returns. The connection pool is released too, unless the caller brought
   * its own {@link OkHttpClient}, which stays open. Closing twice does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    executor.close();
    http.dispatcher().cancelAll();
    dispatcherThreads.shutdownNow();
    try {
      timer.close();
      dispatcherThreads.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (ownsConnectionPool) {
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "DevRevClient{baseUrl=" + baseUrl + ", token=" + tokenDescription + "}";
  }

  /**
   * Configures a {@link DevRevClient}. Defaults: base URL {@value DevRevClient#DEFAULT_BASE_URL}; 2 retries
   * (of 429, 503 and failures before sending); server waits of at most 60 s honoured; connect 10 s, read
   * 30 s, write 30 s, whole call 2 min; at most 64 calls in flight; success bodies up to 32 MiB,
   * decoded tolerantly; no logging.
   */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private TokenProvider tokens;
    private int maxRetries = 2;
    private Duration maxRetryWait = Duration.ofSeconds(60);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration timeout = Duration.ofMinutes(2);
    private int maxConcurrentRequests = 64;
    private long maxResponseSize = 32L * 1024 * 1024;
    private LogLevel logLevel = LogLevel.NONE;
    private Consumer<String> logSink;
    private OkHttpClient httpClient;
    private Sleeper sleeper;
    private Clock clock = Clock.systemUTC();
    private Backoff backoff = Backoff.randomized();
    private boolean strictDecoding;

    private Builder() {}

    /**
     * Reads the environment: {@code DEVREV_TOKEN} as the token and {@code DEVREV_BASE_URL} as the base
     * URL, each when set and not blank; later calls on the builder override them.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    Builder fromEnv(Map<String, String> environment) {
      String token = environment.get("DEVREV_TOKEN");
      if (token != null && !token.isBlank()) {
        token(token.strip());
      }
      String url = environment.get("DEVREV_BASE_URL");
      if (url != null && !url.isBlank()) {
        baseUrl(url);
      }
      return this;
    }

    /**
     * Where requests go: https, or plain http only to this machine; no user name or password.
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * A fixed token.
     *
     * @param token the token
     * @return this builder
     */
    public Builder token(String token) {
      this.tokens = TokenProvider.of(token);
      return this;
    }

    /**
     * Tokens that may rotate, asked per attempt.
     *
     * @param tokens the token provider
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    /**
     * How many times to retry what is safe to retry; 0 sends once.
     *
     * @param maxRetries the number of retries, 0 or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The longest server-requested wait the client sleeps; a longer one is thrown as {@link RateLimitedException}.
     *
     * @param maxRetryWait the longest wait, positive
     * @return this builder
     */
    public Builder maxRetryWait(Duration maxRetryWait) {
      this.maxRetryWait = Durations.requirePositive(maxRetryWait, "maxRetryWait");
      return this;
    }

    /**
     * The longest wait for a TCP (and TLS) connection.
     *
     * @param connectTimeout the timeout, positive
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Durations.requirePositive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * The longest pause between bytes of the response.
     *
     * @param readTimeout the timeout, positive
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Durations.requirePositive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * The longest pause while writing the request.
     *
     * @param writeTimeout the timeout, positive
     * @return this builder
     */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = Durations.requirePositive(writeTimeout, "writeTimeout");
      return this;
    }

    /**
     * The whole call's limit, from the moment it is made: waiting for a slot, every attempt and every wait.
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Durations.requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * How many calls may be in flight at once, blocking and async together; more wait in line, within
     * their own timeout. OkHttp's own per-host limit (5) does not apply.
     *
     * @param maxConcurrentRequests the limit, 1 or more
     * @return this builder
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be 1 or more: " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /**
     * The largest success body the client reads, counted after gzip is undone; a larger one fails the
     * call with {@link DevRevDecodingException} (the conversation was created) as soon as it is seen.
     *
     * @param bytes the limit in bytes, positive
     * @return this builder
     */
    public Builder maxResponseSize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxResponseSize must be positive: " + bytes);
      }
      this.maxResponseSize = bytes;
      return this;
    }

    /**
     * How much of each attempt to log; {@link LogLevel#NONE} (the default) adds nothing to the pipeline.
     *
     * @param logLevel the level
     * @return this builder
     */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /**
     * Where log lines go; by default SLF4J's logger {@code ai.devrev.sdk.http} at INFO. Lines are already
     * redacted; a sink that throws loses the line, never the call.
     *
     * @param logSink receives each line
     * @return this builder
     */
    public Builder logSink(Consumer<String> logSink) {
      this.logSink = Objects.requireNonNull(logSink, "logSink");
      return this;
    }

    /**
     * Your own OkHttp client (proxies, TLS, certificate pinning, event listeners). The client adds its
     * links to a copy, so none of yours are lost; it shares your connection pool and leaves it open on
     * {@link DevRevClient#close()}. Its own settings (timeouts, redirects, retries, dispatcher) replace
     * yours on the copy.
     *
     * @param httpClient the client to copy
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * How the client waits between attempts; for tests, one that records instead of sleeping.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * The clock behind deadlines, {@code Retry-After} dates and {@code X-RateLimit-Reset}; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether a success body must fit the spec in every value. By default decoding is tolerant: a value
     * that does not fit (outside what identifies the conversation) reads as absent and is listed in the
     * model's {@code problems()}, so a created conversation is never lost to one odd field; strict
     * decoding fails such a response with {@link DevRevDecodingException} naming the JSON path, for tests
     * and for checking what a server sends.
     *
     * @param strict {@code true} to fail on the first value that does not fit
     * @return this builder
     */
    public Builder strictDecoding(boolean strict) {
      this.strictDecoding = strict;
      return this;
    }

    Builder backoff(Backoff backoff) {
      this.backoff = backoff;
      return this;
    }

    /**
     * Builds the client.
     *
     *
     * @return the client
     * @throws IllegalStateException without a token
     * @throws IllegalArgumentException for an unusable base URL, such as plain http to another host
     */
    public DevRevClient build() {
      if (tokens == null) {
        throw new IllegalStateException("A token is required: call token(...) or tokenProvider(...), or set DEVREV_TOKEN and use fromEnv()");
      }
      return new DevRevClient(this);
    }

    @Override
    public String toString() {
      return "DevRevClient.Builder{baseUrl=" + Redactor.printable(baseUrl) + ", token=" + tokens + "}";
    }
  }
}
