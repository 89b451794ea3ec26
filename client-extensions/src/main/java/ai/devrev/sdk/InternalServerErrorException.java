package ai.devrev.sdk;

import ai.devrev.sdk.model.ErrorInternalServerError;
import java.util.Optional;

/**
 * 500: DevRev failed while handling the request. Never retried: DevRev may have created the
 * conversation before failing. Quote {@link #referenceId()} when asking DevRev about it.
 */
public final class InternalServerErrorException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorInternalServerError error;

  InternalServerErrorException(ErrorResponse response) {
    super(response);
    this.error = response.body(ErrorInternalServerError.class);
  }

  /** {@return the decoded error body; empty when the body was not DevRev's JSON} */
  public Optional<ErrorInternalServerError> error() {
    return Optional.ofNullable(error);
  }

  /** {@return DevRev's reference for this failure} */
  public Optional<String> referenceId() {
    return error().flatMap(ErrorInternalServerError::referenceId);
  }
}
