package ai.devrev.sdk.errors;

import ai.devrev.sdk.model.ErrorTooManyRequests;
import java.time.Duration;
import java.util.Optional;

/**
 * 429: too many requests. Thrown after the configured retries, or at once when DevRev asks for a wait
 * longer than the client is configured to sleep; {@link #retryAfter()} says how long to wait.
 */
public final class RateLimitedException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorTooManyRequests error;
  private final Duration retryAfter;

  public RateLimitedException(ErrorResponse response, Duration retryAfter) {
    super(response);
    this.error = response.body(ErrorTooManyRequests.class).orElse(null);
    this.retryAfter = retryAfter;
  }

  /** The decoded error body; empty when the body was not DevRev's JSON. */
  public Optional<ErrorTooManyRequests> error() {
    return Optional.ofNullable(error);
  }

  /** How long DevRev asked to wait: the {@code Retry-After} header (seconds or HTTP date), else the body's {@code retry_after}. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
