package ai.devrev.sdk;

import ai.devrev.sdk.model.ErrorServiceUnavailable;
import java.time.Duration;
import java.util.Optional;

/**
 * 503: DevRev could not take the request and did not act on it. Retried as configured before this is
 * thrown; {@link #retryAfter()} is the server's {@code Retry-After}, when it sent one.
 */
public final class ServiceUnavailableException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorServiceUnavailable error;
  /** The wait the server asked for, or {@code null}. */
  private final Duration retryAfter;

  ServiceUnavailableException(ErrorResponse response) {
    super(response);
    this.error = response.body(ErrorServiceUnavailable.class);
    this.retryAfter = response.retryAfter;
  }

  /** {@return the decoded error body; empty when the body was not DevRev's JSON} */
  public Optional<ErrorServiceUnavailable> error() {
    return Optional.ofNullable(error);
  }

  /** {@return how long the server asked to wait ({@code Retry-After}, seconds or an HTTP date)} */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
