package ai.devrev.sdk;

import java.time.Duration;
import java.util.Optional;

/**
 * Settings for one call that override the client's: a tighter timeout for an interactive request, no
 * retries for a caller that retries itself. Immutable; build with {@link #builder()}.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new RequestOptions(new Builder());
  private final Duration timeout;
  private final Duration readTimeout;
  private final Integer maxRetries;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.readTimeout = builder.readTimeout;
    this.maxRetries = builder.maxRetries;
  }

  /** No overrides. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The whole call's time limit, retries and waits included. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The longest pause between bytes of the response. */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  boolean isEmpty() {
    return timeout == null && readTimeout == null && maxRetries == null;
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", readTimeout=" + readTimeout + ", maxRetries=" + maxRetries + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Duration readTimeout;
    private Integer maxRetries;

    private Builder() {}

    public Builder timeout(Duration timeout) {
      this.timeout = Durations.requirePositive(timeout, "timeout");
      return this;
    }

    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Durations.requirePositive(readTimeout, "readTimeout");
      return this;
    }

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
