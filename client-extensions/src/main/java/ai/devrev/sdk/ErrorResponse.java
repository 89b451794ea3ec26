package ai.devrev.sdk;

import java.time.Duration;
import okhttp3.Headers;

/**
 * What the client read from an error response, before it chose the exception type: one value, so the
 * exception constructors stay small. {@code type}, {@code message} and {@code detail} are as DevRev sent
 * them; {@link #bodyExcerpt} and whatever {@link #redactor} renders are safe to show.
 */
final class ErrorResponse {
  final int statusCode;
  final Headers headers;
  final Object body;
  final String errorType;
  final String message;
  final String detail;
  final String bodyExcerpt;
  final Duration retryAfter;
  /** Why the client did not follow a redirect this answer asked for, or {@code null}. */
  final String note;
  final Redactor redactor;

  ErrorResponse(int statusCode, Headers headers, Object body, String errorType, String message, String detail,
      String bodyExcerpt, Duration retryAfter, String note, Redactor redactor) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.errorType = errorType;
    this.message = message;
    this.detail = detail;
    this.bodyExcerpt = bodyExcerpt;
    this.retryAfter = retryAfter;
    this.note = note;
    this.redactor = redactor;
  }

  <T> T body(Class<T> type) {
    return type.isInstance(body) ? type.cast(body) : null;
  }
}
