package ai.devrev.sdk;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Settings for one call that override the client's: a tighter timeout for an interactive request, no
 * retries for a caller that retries itself. Immutable; build with {@link #builder()}.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new RequestOptions(new Builder());
  private final Duration timeout;
  private final Integer maxRetries;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
  }

  /** {@return No overrides} */
  public static RequestOptions none() {
    return NONE;
  }

  /** {@return a builder with nothing overridden} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the whole call's time limit, from the moment it is made: waiting for a slot, retries and waits included} */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** {@return how many times to retry what is safe to retry} */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestOptions && Objects.equals(timeout, ((RequestOptions) other).timeout)
        && Objects.equals(maxRetries, ((RequestOptions) other).maxRetries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, maxRetries);
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;

    private Builder() {}

    /**
     * The whole call's time limit; positive.
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Durations.requirePositive(timeout, "timeout");
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

    /** {@return the options} */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
