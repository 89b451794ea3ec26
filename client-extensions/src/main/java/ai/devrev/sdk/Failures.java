package ai.devrev.sdk;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * What a failed attempt means, the same for blocking and async calls, decided by the types the
 * pipeline's own links throw (never by another library's message text): whether the request may have
 * reached DevRev ({@link SendMarker}), whether its connection had been closed before it was written
 * ({@link ConnectionReuseGuard}), whether a success body broke off ({@link ResponseBodies}), whether the
 * token provider failed ({@link AuthInterceptor}).
 */
final class Failures {
  private Failures() {}

  static DevRevException map(Throwable failure, Redactor redactor) {
    if (failure instanceof DevRevException) {
      return (DevRevException) failure;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthInterceptor.TokenFailure) {
        return new TokenProviderException(cause.getMessage(), cause.getCause());
      }
      if (cause instanceof ResponseBodies.Failure) {
        ResponseBodies.Failure body = (ResponseBodies.Failure) cause;
        return new DevRevDecodingException(body.status, redactor.safe(body.headers.get(Redactor.REQUEST_ID)),
            redactor.safe(body.getMessage()), redactor.excerpt(body.arrived), CreatedIds.scan(body.arrived), failure);
      }
      if (cause instanceof SendMarker.MayHaveReachedServer) {
        return io("The exchange with DevRev failed", failure, true, redactor);
      }
    }
    if (failure instanceof IOException) {
      return io("Could not send the request to DevRev", failure, false, redactor);
    }
    // Not thrown by the pipeline's links; nothing says the request stayed here.
    return io("The call failed unexpectedly", failure, true, redactor);
  }

  /** The attempt stopped before writing on a connection the server had closed: send it again at once. */
  static boolean isStaleConnection(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectionReuseGuard.StaleConnection) {
        return true;
      }
    }
    return false;
  }

  static DevRevIoException timedOut(String what) {
    return new DevRevIoException("The call's timeout ran out " + what, new InterruptedIOException("timeout"), false);
  }

  private static DevRevIoException io(String what, Throwable failure, boolean mayHaveReachedServer, Redactor redactor) {
    IOException cause = failure instanceof IOException ? (IOException) failure : new IOException(failure);
    String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return new DevRevIoException(what + ": " + redactor.safe(detail), cause, mayHaveReachedServer);
  }
}
