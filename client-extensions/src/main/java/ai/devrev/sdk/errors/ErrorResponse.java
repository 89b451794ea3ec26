package ai.devrev.sdk.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the client read from an error response, before it chose the exception type: kept as one value
 * so the exception constructors stay small and the hierarchy can grow without changing them.
 */
public final class ErrorResponse {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String requestId;
  private final Object body;
  private final String errorType;
  private final String message;
  private final String detail;
  private final String bodyExcerpt;

  /**
   * @param body the decoded error body (one of the generated error unions), or {@code null} when the
   *     body was not DevRev's JSON
   */
  public ErrorResponse(int statusCode, Map<String, List<String>> headers, String requestId, Object body,
      String errorType, String message, String detail, String bodyExcerpt) {
    this.statusCode = statusCode;
    this.headers = Map.copyOf(headers);
    this.requestId = requestId;
    this.body = body;
    this.errorType = errorType;
    this.message = message;
    this.detail = detail;
    this.bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
  }

  public int statusCode() {
    return statusCode;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The decoded body as {@code type}, if it decoded as that type. */
  public <T> Optional<T> body(Class<T> type) {
    return type.isInstance(body) ? Optional.of(type.cast(body)) : Optional.empty();
  }

  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
