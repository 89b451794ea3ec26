package ai.devrev.sdk;

import ai.devrev.sdk.model.ErrorUnauthorized;
import java.util.Optional;

/** 401: the token is missing, invalid or expired. Never retried, except once with a fresh token when the {@link TokenProvider} offers one. */
public final class UnauthorizedException extends DevRevApiException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorUnauthorized error;

  UnauthorizedException(ErrorResponse response) {
    super(response);
    this.error = response.body(ErrorUnauthorized.class);
  }

  /** {@return the decoded error body; empty when the body was not DevRev's JSON} */
  public Optional<ErrorUnauthorized> error() {
    return Optional.ofNullable(error);
  }
}
