package ai.devrev.sdk;

import ai.devrev.sdk.model.ErrorForbidden;
import java.util.Optional;

/** 403: the token is valid but may not create conversations. */
public final class ForbiddenException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorForbidden error;

  ForbiddenException(ErrorResponse response) {
    super(response);
    this.error = response.body(ErrorForbidden.class);
  }

  /** {@return the decoded error body; empty when the body was not DevRev's JSON} */
  public Optional<ErrorForbidden> error() {
    return Optional.ofNullable(error);
  }
}
