package ai.devrev.sdk;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A successful response with what the plain methods leave out: the status, the headers (rate-limit
 * headers among them) and DevRev's request id, beside the decoded body.
 *
 * @param <T> the decoded body's type
 */
public final class DevRevResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T body;

  DevRevResponse(int statusCode, Map<String, List<String>> headers, T body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
  }

  public int statusCode() {
    return statusCode;
  }

  /** Headers by lower-case name. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** DevRev's request id ({@code x-request-id}), for support tickets. */
  public Optional<String> requestId() {
    return header("x-request-id");
  }

  public T body() {
    return body;
  }

  @Override
  public String toString() {
    return "DevRevResponse{status=" + statusCode + ", requestId=" + requestId().orElse(null) + ", body=" + body + "}";
  }
}
