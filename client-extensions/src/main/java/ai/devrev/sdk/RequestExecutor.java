package ai.devrev.sdk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs one call from start to end, blocking or async: the one owner of per-call settings (the deadline,
 * counted from the moment the call is made, and the retries), of the line for a free slot
 * ({@link Admission}), and of the attempts. Each attempt is a fresh Retrofit call of the generated
 * interface, its OkHttp timeout set to what is left of the deadline; between attempts it waits as
 * {@link RetryPolicy} says, and only for a wait that fits in what is left.
 */
final class RequestExecutor {
  /** Connections found closed before a request was written are skipped, this many per call at most. */
  static final int MAX_STALE_CONNECTIONS = 8;
  private static final Duration LEAST_FOR_AN_ATTEMPT = Duration.ofMillis(100);
  private final Duration defaultTimeout;
  private final int defaultMaxRetries;
  private final RetryPolicy policy;
  private final ErrorDecoder errors;
  private final Admission admission;
  private final Timer timer;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Redactor redactor;
  private volatile boolean closed;

  RequestExecutor(Duration defaultTimeout, int defaultMaxRetries, RetryPolicy policy, ErrorDecoder errors,
      Admission admission, Timer timer, Sleeper sleeper, Clock clock, Redactor redactor) {
    this.defaultTimeout = defaultTimeout;
    this.defaultMaxRetries = defaultMaxRetries;
    this.policy = policy;
    this.errors = errors;
    this.admission = admission;
    this.timer = timer;
    this.sleeper = sleeper;
    this.clock = clock;
    this.redactor = redactor;
  }

  /** A tenth of the timeout, at most {@link #LEAST_FOR_AN_ATTEMPT}; in nanoseconds (Duration's division is slow). */
  static Duration leastForAnAttempt(Duration timeout) {
    return Duration.ofNanos(Math.min(Durations.nanos(timeout) / 10, LEAST_FOR_AN_ATTEMPT.toNanos()));
  }

  /** The deadline and retries of one call. */
  final class Plan {
    final Instant deadline;
    final int maxRetries;
    /** An attempt is not started with less time than this left: it could be sent but not answered in time. */
    final Duration leastForAnAttempt;

    Plan(RequestOptions options) {
      Duration timeout = options.timeout().orElse(defaultTimeout);
      this.deadline = clock.instant().plus(timeout);
      this.maxRetries = options.maxRetries().orElse(defaultMaxRetries);
      this.leastForAnAttempt = leastForAnAttempt(timeout);
    }

    Duration remaining() {
      return Duration.between(clock.instant(), deadline);
    }

    /** What is left for an attempt starting now, or {@code null} when too little is. */
    Duration forAnAttempt() {
      Duration remaining = remaining();
      return remaining.compareTo(leastForAnAttempt) < 0 || remaining.isZero() ? null : remaining;
    }
  }

  <T> DevRevResponse<T> execute(Supplier<Call<T>> calls, RequestOptions options) {
    Plan plan = new Plan(options);
    enter(plan);
    try {
      DevRevException last = null;
      for (int retries = 0, stale = 0; ; ) {
        if (closed) {
          throw new ClientClosedException();
        }
        Duration remaining = plan.forAnAttempt();
        if (remaining == null) {
          throw last != null ? last : Failures.timedOut("before the request could be sent");
        }
        Call<T> call = calls.get();
        call.timeout().timeout(Durations.nanos(remaining), TimeUnit.NANOSECONDS);
        DevRevException failure;
        try {
          Response<T> response = call.execute();
          if (response.isSuccessful()) {
            return new DevRevResponse<>(response.code(), response.headers(), response.body(), redactor);
          }
          failure = errors.decode(response);
        } catch (JsonRequestBodies.Unencodable invalidRequest) {
          throw invalidRequest;
        } catch (IOException | RuntimeException e) {
          if (Failures.isStaleConnection(e) && stale++ < MAX_STALE_CONNECTIONS) {
            continue;
          }
          failure = Failures.map(e, redactor);
        }
        Duration wait = policy.waitBefore(failure, retries + 1, plan.maxRetries, plan.remaining().minus(plan.leastForAnAttempt));
        if (wait == null) {
          throw failure;
        }
        retries++;
        last = failure;
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw failure; // what happened so far is the truth: the last attempt was not acted on
        }
      }
    } finally {
      admission.leave();
    }
  }

  /** Waits for a slot within the deadline; nothing is sent if none comes. */
  private void enter(Plan plan) {
    CompletableFuture<Void> turn = admission.enter();
    if (turn.isDone() && !turn.isCompletedExceptionally()) {
      return;
    }
    try {
      long nanos = Durations.nanos(plan.remaining());
      turn.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw (DevRevException) e.getCause(); // closed while waiting
    } catch (TimeoutException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      if (admission.abandon(turn)) {
        if (turn.isCompletedExceptionally()) {
          throw new ClientClosedException();
        }
        throw Failures.timedOut("while waiting for one of the client's connection slots");
      }
    }
  }

  <T> CompletableFuture<DevRevResponse<T>> executeAsync(Supplier<Call<T>> calls, RequestOptions options) {
    AsyncCall<T> call = new AsyncCall<>(calls, new Plan(options));
    call.start();
    return call.result;
  }

  /** One async call: its place in line, its attempts, its waits, and a deadline that completes it. */
  private final class AsyncCall<T> {
    final CompletableFuture<DevRevResponse<T>> result = new CompletableFuture<>();
    private final Supplier<Call<T>> calls;
    private final Plan plan;
    private final AtomicBoolean left = new AtomicBoolean();
    private volatile CompletableFuture<Void> turn;
    private volatile Call<T> inFlight;
    private volatile DevRevException last;
    private int retries;
    private int stale;
    private ScheduledFuture<?> deadline;

    AsyncCall(Supplier<Call<T>> calls, Plan plan) {
      this.calls = calls;
      this.plan = plan;
    }

    void start() {
      if (closed) {
        result.completeExceptionally(new ClientClosedException());
        return;
      }
      try {
        // OkHttp times out an attempt in flight; this catches a call still in line or between attempts.
        deadline = timer.schedule(this::expire, plan.remaining().plusMillis(100));
      } catch (ClientClosedException e) {
        result.completeExceptionally(e);
        return;
      }
      turn = admission.enter();
      result.whenComplete((response, failure) -> {
        deadline.cancel(false);
        Call<T> current = inFlight;
        if (result.isCancelled() && current != null) {
          current.cancel();
        }
        if (!admission.abandon(turn) && left.compareAndSet(false, true)) {
          admission.leave();
        }
      });
      turn.whenComplete((granted, refused) -> {
        if (refused != null) {
          result.completeExceptionally(refused);
        } else {
          attempt();
        }
      });
    }

    private void expire() {
      if (result.isDone()) {
        return;
      }
      Call<T> current = inFlight;
      if (current != null) {
        current.cancel(); // its callback reports what the attempt got to
        return;
      }
      DevRevException previous = last;
      result.completeExceptionally(previous != null ? previous : Failures.timedOut("before the request could be sent"));
    }

    private void attempt() {
      if (result.isDone()) {
        return;
      }
      if (closed) {
        result.completeExceptionally(new ClientClosedException());
        return;
      }
      Duration remaining = plan.forAnAttempt();
      if (remaining == null) {
        DevRevException previous = last;
        result.completeExceptionally(previous != null ? previous : Failures.timedOut("before the request could be sent"));
        return;
      }
      Call<T> call;
      try {
        call = calls.get();
        call.timeout().timeout(Durations.nanos(remaining), TimeUnit.NANOSECONDS);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      inFlight = call;
      try {
        call.enqueue(new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            inFlight = null;
            try {
              if (response.isSuccessful()) {
                result.complete(new DevRevResponse<>(response.code(), response.headers(), response.body(), redactor));
              } else {
                retryOrFail(errors.decode(response));
              }
            } catch (Throwable t) {
              result.completeExceptionally(t);
            }
          }

          @Override
          public void onFailure(Call<T> c, Throwable failure) {
            inFlight = null;
            try {
              if (failure instanceof JsonRequestBodies.Unencodable || failure instanceof Error) {
                result.completeExceptionally(failure);
              } else if (Failures.isStaleConnection(failure) && stale++ < MAX_STALE_CONNECTIONS) {
                attempt();
              } else {
                retryOrFail(Failures.map(failure, redactor));
              }
            } catch (Throwable t) {
              result.completeExceptionally(t);
            }
          }
        });
      } catch (RuntimeException e) {
        inFlight = null;
        result.completeExceptionally(closed ? new ClientClosedException() : Failures.map(e, redactor));
      }
    }

    private void retryOrFail(DevRevException failure) {
      Duration wait = policy.waitBefore(failure, retries + 1, plan.maxRetries, plan.remaining().minus(plan.leastForAnAttempt));
      if (wait == null) {
        result.completeExceptionally(failure);
        return;
      }
      retries++;
      last = failure;
      sleeper.sleepAsync(wait).whenComplete((done, interrupted) -> {
        if (interrupted != null && !(interrupted instanceof CancellationException)) {
          result.completeExceptionally(failure);
        } else {
          attempt();
        }
      });
    }
  }

  /** Refuses new calls; those waiting in line fail, those in flight finish. */
  void close() {
    closed = true;
    admission.close();
  }
}
