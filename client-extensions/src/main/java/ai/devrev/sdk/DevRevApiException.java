package ai.devrev.sdk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;

/**
 * DevRev answered with an error status. Carries what a caller or a support ticket needs: the status,
 * DevRev's error {@code type}, {@code message} and {@code detail}, the request id, the headers (rate
 * limits among them), and a bounded excerpt of the body, for bodies that are not DevRev's JSON such as a
 * proxy's HTML page. The subclasses are named after the statuses the contract declares.
 *
 * <p>The message and {@link #bodyExcerpt()} are safe to print: control characters are escaped and the
 * client's own token, should a server echo it, is replaced by {@code ██}. The other accessors give what
 * DevRev sent.
 */
public class DevRevApiException extends DevRevException {
  private static final long serialVersionUID = 1L;
  /** The HTTP status. */
  private final int statusCode;
  private final transient Headers headers;
  /** DevRev's error type, or {@code null}. */
  private final String errorType;
  /** DevRev's message, or {@code null}. */
  private final String errorMessage;
  /** DevRev's detail, or {@code null}. */
  private final String detail;
  /** The start of the body, safe to show. */
  private final String bodyExcerpt;

  DevRevApiException(ErrorResponse response) {
    super(describe(response), null, true);
    this.statusCode = response.statusCode;
    this.headers = response.headers;
    this.errorType = response.errorType;
    this.errorMessage = response.message;
    this.detail = response.detail;
    this.bodyExcerpt = response.bodyExcerpt;
  }

  private static String describe(ErrorResponse response) {
    Redactor redactor = response.redactor;
    StringBuilder text = new StringBuilder("HTTP ").append(response.statusCode);
    if (response.errorType != null) {
      text.append(' ').append(redactor.safe(response.errorType));
    }
    if (response.message != null) {
      text.append(": ").append(redactor.safe(response.message));
    }
    if (response.detail != null) {
      text.append(" (").append(redactor.safe(response.detail)).append(')');
    }
    if (response.note != null) {
      text.append(": redirect to ").append(redactor.safe(response.headers.get("Location"))).append(" not followed, ")
          .append(response.note);
    } else if (response.errorType == null && !response.bodyExcerpt.isEmpty()) {
      text.append(": ").append(response.bodyExcerpt);
    }
    String requestId = response.headers.get(Redactor.REQUEST_ID);
    if (requestId != null) {
      text.append(" [request id ").append(redactor.safe(requestId)).append(']');
    }
    return text.toString();
  }

  /** {@return the HTTP status} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the response headers by lower-case name, as the server sent them} */
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
    return headers == null ? Optional.empty() : Optional.ofNullable(headers.get(name));
  }

  /** {@return DevRev's request id ({@code x-request-id}), for support tickets} */
  public Optional<String> requestId() {
    return header(Redactor.REQUEST_ID);
  }

  /** {@return DevRev's rate-limit headers on this answer} */
  public RateLimit rateLimit() {
    return headers == null ? RateLimit.of(Headers.of()) : RateLimit.of(headers);
  }

  /** {@return DevRev's error {@code type}, such as {@code missing_required_field}, when the body was DevRev's JSON} */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /** {@return DevRev's {@code message}} */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** {@return DevRev's {@code detail}} */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** {@return the start of the body as text, at most a few hundred characters; empty for an empty body} */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
