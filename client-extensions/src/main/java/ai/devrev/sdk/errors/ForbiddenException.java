package ai.devrev.sdk.errors;

import ai.devrev.sdk.model.ErrorForbidden;
import java.util.Optional;

/** 403: the token is valid but may not create conversations. */
public final class ForbiddenException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorForbidden error;

  public ForbiddenException(ErrorResponse response) {
    super(response);
    this.error = response.body(ErrorForbidden.class).orElse(null);
  }

  /** The decoded error body; empty when the body was not DevRev's JSON. */
  public Optional<ErrorForbidden> error() {
    return Optional.ofNullable(error);
  }
}
