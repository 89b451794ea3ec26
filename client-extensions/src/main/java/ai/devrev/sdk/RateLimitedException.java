package ai.devrev.sdk;

import ai.devrev.sdk.model.ErrorTooManyRequests;
import java.time.Duration;
import java.util.Optional;

/**
 * 429: too many requests. Thrown after the configured retries, or at once when the wait DevRev asks for
 * is longer than {@code maxRetryWait} or than what is left of the call's timeout; {@link #retryAfter()}
 * says how long to wait and {@link #rateLimit()} shows the window.
 */
public final class RateLimitedException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorTooManyRequests error;
  /** The wait the server asked for, or {@code null}. */
  private final Duration retryAfter;

  RateLimitedException(ErrorResponse response) {
    super(response);
    this.error = response.body(ErrorTooManyRequests.class);
    this.retryAfter = response.retryAfter;
  }

  /** {@return the decoded error body; empty when the body was not DevRev's JSON} */
  public Optional<ErrorTooManyRequests> error() {
    return Optional.ofNullable(error);
  }

  /**
   * How long DevRev asked to wait: {@code Retry-After} (seconds or an HTTP date), else the body's
   * {@code retry_after}, else until {@code X-RateLimit-Reset}.
   *
   * @return the wait, when the answer named one
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
