package ai.devrev.sdk.errors;

import ai.devrev.sdk.model.ErrorServiceUnavailable;
import java.util.Optional;

/** 503: DevRev could not take the request; it was retried as configured before this was thrown. */
public final class ServiceUnavailableException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorServiceUnavailable error;

  public ServiceUnavailableException(ErrorResponse response) {
    super(response);
    this.error = response.body(ErrorServiceUnavailable.class).orElse(null);
  }

  /** The decoded error body; empty when the body was not DevRev's JSON. */
  public Optional<ErrorServiceUnavailable> error() {
    return Optional.ofNullable(error);
  }
}
