package ai.devrev.sdk;

import ai.devrev.sdk.model.ErrorBadRequest;
import java.util.Optional;

/** 400: DevRev rejected the request as invalid; {@link #error()} says how: the decoded kind of the generated {@link ErrorBadRequest} union ({@code missing_required_field}, {@code invalid_field}, …) or its {@code Unknown} kind for one this client does not know yet. */
public final class BadRequestException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorBadRequest error;

  BadRequestException(ErrorResponse response) {
    super(response);
    this.error = response.body(ErrorBadRequest.class);
  }

  /** {@return the decoded error body; empty when the body was not DevRev's JSON} */
  public Optional<ErrorBadRequest> error() {
    return Optional.ofNullable(error);
  }
}
