package ai.devrev.sdk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;

/**
 * A successful response with what the plain methods leave out: the status, the headers, DevRev's
 * request id and rate limits, beside the decoded body.
 *
 * @param <T> the decoded body's type
 */
public final class DevRevResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final T body;
  private final Redactor redactor;

  DevRevResponse(int statusCode, Headers headers, T body, Redactor redactor) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.redactor = redactor;
  }

  /** {@return the HTTP status, 201 for a created conversation} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the headers by lower-case name, as the server sent them} */
  public Map<String, List<String>> headers() {
    return HeaderMaps.of(headers);
  }

  /**
   * The first value of a header, by case-insensitive name.
   *
   * @param name the header name
   * @return the value, when present
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** {@return DevRev's request id ({@code x-request-id}), for support tickets} */
  public Optional<String> requestId() {
    return header(Redactor.REQUEST_ID);
  }

  /** {@return DevRev's rate-limit headers on this answer} */
  public RateLimit rateLimit() {
    return RateLimit.of(headers);
  }

  /** {@return the decoded body} */
  public T body() {
    return body;
  }

  /** {@return status, request id and body, with the client's token and control characters taken out} */
  @Override
  public String toString() {
    return redactor.safe("DevRevResponse{status=" + statusCode + ", requestId=" + requestId().orElse(null) + ", body=" + body + "}");
  }
}
