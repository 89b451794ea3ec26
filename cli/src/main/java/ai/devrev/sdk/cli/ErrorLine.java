package ai.devrev.sdk.cli;

import ai.devrev.sdk.DevRevApiException;
import ai.devrev.sdk.DevRevDecodingException;
import ai.devrev.sdk.InternalServerErrorException;
import ai.devrev.sdk.RateLimitedException;
import java.time.Duration;

/**
 * Describes a failure in one line for stderr: the exception type, the HTTP status and DevRev's error
 * type, message and detail, and the request id, which is what a support ticket needs. One line, so a
 * script can log it and a person can read it.
 */
final class ErrorLine {
  private static final int MAX_LENGTH = 2000;
  private static final int EXCERPT_LENGTH = 200;

  private ErrorLine() {}

  static String of(Throwable failure) {
    StringBuilder line = new StringBuilder("error: ").append(failure.getClass().getSimpleName());
    if (failure instanceof DevRevApiException) {
      describe((DevRevApiException) failure, line);
    } else if (failure instanceof DevRevDecodingException) {
      line.append(" (HTTP ").append(((DevRevDecodingException) failure).statusCode()).append("): ")
          .append(failure.getMessage());
    } else {
      line.append(": ").append(failure.getMessage());
      Throwable cause = failure.getCause();
      if (cause != null && cause != failure) {
        line.append(" [").append(cause.getClass().getSimpleName());
        if (cause.getMessage() != null && !String.valueOf(failure.getMessage()).contains(cause.getMessage())) {
          line.append(": ").append(cause.getMessage());
        }
        line.append(']');
      }
    }
    return oneLine(line.toString());
  }

  private static void describe(DevRevApiException failure, StringBuilder line) {
    line.append(" (HTTP ").append(failure.statusCode());
    failure.errorType().ifPresent(type -> line.append(' ').append(type));
    line.append("): ");
    if (failure.errorMessage().isPresent()) {
      line.append(failure.errorMessage().get());
    } else if (!failure.bodyExcerpt().isEmpty()) {
      line.append("body: ").append(excerpt(failure.bodyExcerpt()));
    } else {
      line.append("no message");
    }
    failure.detail().ifPresent(detail -> line.append("; detail: ").append(detail));
    if (failure instanceof RateLimitedException) {
      ((RateLimitedException) failure).retryAfter()
          .ifPresent(wait -> line.append("; retry after: ").append(seconds(wait)));
    }
    if (failure instanceof InternalServerErrorException) {
      ((InternalServerErrorException) failure).referenceId().ifPresent(id -> line.append("; reference id: ").append(id));
    }
    line.append("; request id: ").append(failure.requestId().orElse("none"));
  }

  private static String seconds(Duration wait) {
    return wait.toMillis() % 1000 == 0 ? wait.getSeconds() + "s" : wait.toMillis() + "ms";
  }

  private static String excerpt(String body) {
    String flat = oneLine(body);
    return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "…";
  }

  /** Whitespace runs (newlines included) become one space, and very long text is cut. */
  static String oneLine(String text) {
    String flat = String.valueOf(text).replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_LENGTH ? flat : flat.substring(0, MAX_LENGTH) + "…";
  }
}
