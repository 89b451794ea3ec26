package ai.devrev.sdk;

import ai.devrev.sdk.api.ConversationsApi;
import ai.devrev.sdk.model.DevRevMoshi;
import ai.devrev.sdk.model.ErrorTooManyRequests;
import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The entry point to DevRev's API. Build one per application and share it: it is immutable,
 * thread-safe and holds one connection pool, released by {@link #close()}.
 *
 * <pre>{@code
 * try (DevRevClient client = DevRevClient.fromEnv()) {
 *   Conversation created = client.conversations().create(
 *       ConversationsCreateRequest.builder().title("Printer on fire").build());
 * }
 * }</pre>
 */
public final class DevRevClient implements AutoCloseable {
  /** DevRev's API. */
  public static final String DEFAULT_BASE_URL = "https://api.devrev.ai/";

  private final Builder settings;
  private final HttpUrl baseUrl;
  private final OkHttpClient base;
  private final boolean ownsHttpClient;
  private final Moshi moshi;
  private final ErrorDecoder errors;
  private final ResponseStatuses statuses = new ResponseStatuses();
  private final ConversationsApi api;
  private final ConversationsService conversations;

  private DevRevClient(Builder builder) {
    this.settings = builder.copy();
    this.baseUrl = BaseUrls.parse(builder.baseUrl);
    this.ownsHttpClient = builder.httpClient == null;
    this.base = ownsHttpClient ? new OkHttpClient() : builder.httpClient;
    this.moshi = DevRevMoshi.create();
    this.errors = new ErrorDecoder(moshi, builder.clock);
    this.api = newApi(RequestOptions.none());
    this.conversations = new ConversationsService(this);
  }

  /** A builder with DevRev's defaults; a token (or token provider) is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code DEVREV_TOKEN} (required) and
   * {@code DEVREV_BASE_URL} (default {@value #DEFAULT_BASE_URL}).
   */
  public static DevRevClient fromEnv() {
    return fromEnv(System.getenv());
  }

  static DevRevClient fromEnv(Map<String, String> environment) {
    String token = environment.get("DEVREV_TOKEN");
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("DEVREV_TOKEN is not set: export your DevRev token to use fromEnv()");
    }
    Builder builder = builder().token(token);
    String baseUrl = environment.get("DEVREV_BASE_URL");
    if (baseUrl != null && !baseUrl.isBlank()) {
      builder.baseUrl(baseUrl);
    }
    return builder.build();
  }

  /** Conversations: {@code create}. */
  public ConversationsService conversations() {
    return conversations;
  }

  /** The base URL requests go to. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  ErrorDecoder errors() {
    return errors;
  }

  ResponseStatuses statuses() {
    return statuses;
  }

  ConversationsApi api(RequestOptions options) {
    return options.isEmpty() ? api : newApi(options);
  }

  /** Our interceptors go on a copy of the base client, so a client the caller brings keeps all of them. */
  private ConversationsApi newApi(RequestOptions options) {
    int maxRetries = options.maxRetries().orElse(settings.maxRetries);
    OkHttpClient http = base.newBuilder()
        .connectTimeout(settings.connectTimeout)
        .readTimeout(options.readTimeout().orElse(settings.readTimeout))
        .writeTimeout(settings.writeTimeout)
        .callTimeout(options.timeout().orElse(settings.timeout))
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .addInterceptor(statuses)
        .addInterceptor(new UserAgentInterceptor())
        .addInterceptor(new RetryInterceptor(maxRetries, settings.maxRetryWait, settings.backoff, settings.sleeper,
            settings.clock, moshi.adapter(ErrorTooManyRequests.class)))
        .addInterceptor(new AuthInterceptor(settings.tokens))
        .addInterceptor(new LoggingInterceptor(settings.logLevel, settings.logSink))
        .addInterceptor(new ErrorBodyInterceptor())
        .addInterceptor(new StatusShield.Restore())
        .addNetworkInterceptor(new PlainHttpGuard())
        .addNetworkInterceptor(new SendTracker.Mark())
        .addNetworkInterceptor(new StatusShield.Hide())
        .build();
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create(moshi))
        .build()
        .create(ConversationsApi.class);
  }

  /** Releases the connection pool and threads, unless the caller brought its own {@link OkHttpClient}. */
  @Override
  public void close() {
    if (ownsHttpClient) {
      base.dispatcher().executorService().shutdown();
      base.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "DevRevClient{baseUrl=" + baseUrl + ", token=" + settings.tokens + "}";
  }

  /**
   * Configures a {@link DevRevClient}. Defaults: base URL {@value DevRevClient#DEFAULT_BASE_URL}; 2 retries
   * (of 429, 503 and failures before sending); waits of at most 60 s honoured; connect 10 s, read 30 s,
   * write 30 s, whole call 2 min; no logging.
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
    private LogLevel logLevel = LogLevel.NONE;
    private Consumer<String> logSink = LoggerFactory.getLogger("ai.devrev.sdk.http")::info;
    private OkHttpClient httpClient;
    private Sleeper sleeper = Sleeper.THREAD;
    private Clock clock = Clock.systemUTC();
    private Backoff backoff = Backoff.randomized();

    private Builder() {}

    private Builder copy() {
      Builder copy = new Builder();
      copy.baseUrl = baseUrl;
      copy.tokens = tokens;
      copy.maxRetries = maxRetries;
      copy.maxRetryWait = maxRetryWait;
      copy.connectTimeout = connectTimeout;
      copy.readTimeout = readTimeout;
      copy.writeTimeout = writeTimeout;
      copy.timeout = timeout;
      copy.logLevel = logLevel;
      copy.logSink = logSink;
      copy.httpClient = httpClient;
      copy.sleeper = sleeper;
      copy.clock = clock;
      copy.backoff = backoff;
      return copy;
    }

    /** Where requests go; https, or http only to localhost. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** A fixed token. */
    public Builder token(String token) {
      this.tokens = TokenProvider.of(token);
      return this;
    }

    /** Tokens that may rotate, asked per request. */
    public Builder tokenProvider(TokenProvider tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    /** How many times to retry what is safe to retry; 0 disables retries. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The longest server-requested wait the client sleeps; a longer one is thrown as {@code RateLimitedException}. */
    public Builder maxRetryWait(Duration maxRetryWait) {
      this.maxRetryWait = Durations.requirePositive(maxRetryWait, "maxRetryWait");
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Durations.requirePositive(connectTimeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Durations.requirePositive(readTimeout, "readTimeout");
      return this;
    }

    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = Durations.requirePositive(writeTimeout, "writeTimeout");
      return this;
    }

    /** The whole call's limit, retries and waits included. */
    public Builder timeout(Duration timeout) {
      this.timeout = Durations.requirePositive(timeout, "timeout");
      return this;
    }

    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /**
     * Your own OkHttp client (proxies, TLS, certificate pinning, event listeners). The client adds its
     * interceptors to a copy, so none are lost, and leaves your client open on {@link DevRevClient#close()}.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    Builder logSink(Consumer<String> logSink) {
      this.logSink = logSink;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    Builder backoff(Backoff backoff) {
      this.backoff = backoff;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException without a token
     * @throws IllegalArgumentException for an unusable base URL, such as plain http to another host
     */
    public DevRevClient build() {
      if (tokens == null) {
        throw new IllegalStateException("A token is required: call token(...) or tokenProvider(...), or use fromEnv()");
      }
      return new DevRevClient(this);
    }

    @Override
    public String toString() {
      return "DevRevClient.Builder{baseUrl=" + baseUrl + ", token=" + tokens + "}";
    }
  }
}
