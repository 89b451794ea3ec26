package ai.devrev.sdk;

import java.time.Duration;

/**
 * Whether, and after how long, to send again; the one place waits are decided. Retried are only
 * answers that say DevRev did not act (429, 503) and failures before the request was sent: a 500, a
 * timeout while waiting for the answer, a connection lost after sending are not, since
 * {@code conversations.create} has no idempotency key. The wait is the server's (see {@link ServerWait})
 * or else {@link Backoff}'s; a server wait beyond {@code maxRetryWait}, or any wait that would not fit in
 * what is left of the call's timeout, is not slept: the caller gets the answer at once.
 */
final class RetryPolicy {
  private final Duration maxRetryWait;
  private final Backoff backoff;

  RetryPolicy(Duration maxRetryWait, Backoff backoff) {
    this.maxRetryWait = maxRetryWait;
    this.backoff = backoff;
  }

  /** The wait before retry number {@code retry} (1 for the first), or {@code null} to give up with {@code failure}. */
  Duration waitBefore(DevRevException failure, int retry, int maxRetries, Duration remaining) {
    if (retry > maxRetries || !retryable(failure)) {
      return null;
    }
    Duration server = serverWait(failure);
    if (server != null && server.compareTo(maxRetryWait) > 0) {
      return null;
    }
    Duration wait = server != null ? server : backoff.before(retry);
    return wait.compareTo(remaining) < 0 ? wait : null;
  }

  private static boolean retryable(DevRevException failure) {
    return failure instanceof RateLimitedException || failure instanceof ServiceUnavailableException
        || (failure instanceof DevRevIoException && !failure.mayHaveReachedServer());
  }

  private static Duration serverWait(DevRevException failure) {
    if (failure instanceof RateLimitedException) {
      return ((RateLimitedException) failure).retryAfter().orElse(null);
    }
    if (failure instanceof ServiceUnavailableException) {
      return ((ServiceUnavailableException) failure).retryAfter().orElse(null);
    }
    return null;
  }
}
