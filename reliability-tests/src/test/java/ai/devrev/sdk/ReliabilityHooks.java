package ai.devrev.sdk;

import ai.devrev.sdk.errors.DevRevApiException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * The client's package-private test hooks, opened to the reliability tests: a recording sleeper and a
 * fixed backoff (so retry tests never sleep), a log sink, and the error decoder and failure mapping the
 * fuzz test drives directly.
 */
public final class ReliabilityHooks {
  private ReliabilityHooks() {}

  /** Waits are recorded in {@code sleeps} instead of slept; backoff has no jitter. */
  public static DevRevClient.Builder recordingSleeps(DevRevClient.Builder builder, List<Duration> sleeps) {
    return builder.sleeper(sleeps::add).backoff(new Backoff(() -> 1.0));
  }

  /** Log lines go to {@code sink} instead of SLF4J. */
  public static DevRevClient.Builder logSink(DevRevClient.Builder builder, Consumer<String> sink) {
    return builder.logSink(sink);
  }

  public static DevRevClient.Builder clock(DevRevClient.Builder builder, Clock clock) {
    return builder.clock(clock);
  }

  /** The client's error decoding, as {@code ConversationsService} runs it for a non-2xx response. */
  public static final class Errors {
    private final ErrorDecoder decoder;

    public Errors(Clock clock) {
      this.decoder = new ErrorDecoder(ai.devrev.sdk.model.DevRevMoshi.create(), clock);
    }

    public DevRevApiException decode(int status, Headers headers, byte[] body) {
      return decoder.decode(status, headers, ResponseBody.create(body, MediaType.get("application/json")));
    }
  }

  /** The client's mapping of whatever a call threw to its own exceptions. */
  public static RuntimeException mapFailure(Throwable failure, int successStatus) {
    return Failures.map(failure, successStatus);
  }
}
