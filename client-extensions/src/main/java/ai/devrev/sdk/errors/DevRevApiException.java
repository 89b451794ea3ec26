package ai.devrev.sdk.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DevRev answered with an error status. Carries what a caller or a support ticket needs: the status,
 * DevRev's error {@code type}, {@code message} and {@code detail}, the request id, the response headers,
 * and a bounded excerpt of the body (for bodies that are not DevRev's JSON, such as a proxy's HTML page).
 */
public class DevRevApiException extends DevRevException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;
  private final transient Map<String, List<String>> headers;
  private final String requestId;
  private final String errorType;
  private final String errorMessage;
  private final String detail;
  private final String bodyExcerpt;

  public DevRevApiException(ErrorResponse response) {
    super(describe(response));
    this.statusCode = response.statusCode();
    this.headers = response.headers();
    this.requestId = response.requestId().orElse(null);
    this.errorType = response.errorType().orElse(null);
    this.errorMessage = response.message().orElse(null);
    this.detail = response.detail().orElse(null);
    this.bodyExcerpt = response.bodyExcerpt();
  }

  private static String describe(ErrorResponse response) {
    StringBuilder text = new StringBuilder("HTTP ").append(response.statusCode());
    response.errorType().ifPresent(type -> text.append(" ").append(type));
    response.message().ifPresent(message -> text.append(": ").append(message));
    response.detail().ifPresent(detail -> text.append(" (").append(detail).append(")"));
    if (response.errorType().isEmpty() && !response.bodyExcerpt().isEmpty()) {
      text.append(": ").append(response.bodyExcerpt());
    }
    response.requestId().ifPresent(id -> text.append(" [request id ").append(id).append("]"));
    return text.toString();
  }

  public int statusCode() {
    return statusCode;
  }

  /** Response headers by lower-case name. */
  public Map<String, List<String>> headers() {
    return headers == null ? Map.of() : headers;
  }

  /** DevRev's request id ({@code x-request-id}), for support tickets. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** DevRev's error {@code type}, such as {@code missing_required_field}, when the body was DevRev's JSON. */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /** DevRev's {@code message}. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** DevRev's {@code detail}. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** The start of the body as text, at most a few hundred characters; empty for an empty body. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
