package ai.devrev.sdk.errors;

import ai.devrev.sdk.model.ErrorBadRequest;
import java.util.Optional;

/** 400: DevRev rejected the request as invalid; {@link #error()} says how (the generated {@link ErrorBadRequest} union: {@code missing_required_field}, {@code invalid_field}, {@code artifact_already_attached_to_a_parent}, … or an unknown kind). */
public final class BadRequestException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorBadRequest error;

  public BadRequestException(ErrorResponse response) {
    super(response);
    this.error = response.body(ErrorBadRequest.class).orElse(null);
  }

  /** The decoded error body; empty when the body was not DevRev's JSON. */
  public Optional<ErrorBadRequest> error() {
    return Optional.ofNullable(error);
  }
}
