package ai.devrev.sdk.reliability;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.DevRevResponse;
import ai.devrev.sdk.RequestOptions;
import ai.devrev.sdk.DevRevApiException;
import ai.devrev.sdk.DevRevDecodingException;
import ai.devrev.sdk.DevRevException;
import ai.devrev.sdk.DevRevIoException;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.DevRevMoshi;
import ai.devrev.sdk.reliability.corpus.Corpus;
import ai.devrev.sdk.reliability.corpus.GeneratedBodies;
import com.squareup.moshi.JsonAdapter;
import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Every corpus case, sent by a MockWebServer to a real {@link DevRevClient} with retries off, once through
 * {@code createRaw} and once through {@code createRawAsync}. Each must end, within a hang guard, in a
 * decoded conversation or one of the client's exceptions, and in the outcome its manifest line names.
 * The counts per outcome go to {@code target/corpus-report.txt}.
 */
class CorpusTest {
  static final String TOKEN = "corpus-secret-token-0123456789";
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder()
      .type(ConversationsCreateRequest.Type.SUPPORT).title("Hostile bodies").build();
  private static final JsonAdapter<ConversationsCreateResponse> ENCODER =
      DevRevMoshi.create().adapter(ConversationsCreateResponse.class);
  /** Hang guards, not timing assertions: far beyond what any case needs. */
  private static final Duration GUARD = Duration.ofSeconds(20);
  private static final Duration HUGE_GUARD = Duration.ofSeconds(120);

  private static final Map<String, String> SYNC = new ConcurrentHashMap<>();
  private static final Map<String, String> ASYNC = new ConcurrentHashMap<>();
  private static final Map<String, String> PROBLEMS = new ConcurrentHashMap<>();
  private static final Map<String, Corpus.Case> CASES = new ConcurrentHashMap<>();

  static Stream<Arguments> cases() {
    return Corpus.load().stream().map(c -> Arguments.of(Named.of(c.id, c)));
  }

  private enum Mode { SYNC, ASYNC }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInItsExpectedOutcome(Corpus.Case c) {
    CASES.put(c.id, c);
    Duration guard = c.generate != null ? HUGE_GUARD : GUARD;
    List<String> problems = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      Map<String, String> outcomes = mode == Mode.SYNC ? SYNC : ASYNC;
      try {
        Result result = assertTimeoutPreemptively(guard, () -> run(c, mode, guard), () -> c.id + " did not end");
        outcomes.put(c.id, result.outcome);
        result.problems.forEach(p -> problems.add(mode + ": " + p));
      } catch (AssertionFailedError hang) {
        outcomes.put(c.id, "HANG");
        problems.add(mode + ": no outcome within " + guard.toSeconds() + " s (hang guard)");
      }
    }
    if (!problems.isEmpty()) {
      PROBLEMS.put(c.id, String.join("; ", problems));
      throw new AssertionFailedError(c.id + " (" + c.note + "): " + String.join("; ", problems));
    }
  }

  private static final class Result {
    final String outcome;
    final List<String> problems = new ArrayList<>();

    Result(String outcome) {
      this.outcome = outcome;
    }
  }

  private static Result run(Corpus.Case c, Mode mode, Duration guard) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      MockResponse response = response(c);
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return response;
        }
      });
      server.start(0);
      DevRevClient client = DevRevClient.builder()
          .baseUrl(server.url("/").toString())
          .token(TOKEN)
          .maxRetries(0)
          .readTimeout(Duration.ofSeconds(20))
          .timeout(guard.plusSeconds(30))
          .build();
      Object value;
      try {
        value = mode == Mode.SYNC ? client.conversations().createRaw(REQUEST)
            : await(client.conversations().createRawAsync(REQUEST, RequestOptions.none()), guard);
      } catch (Throwable thrown) {
        value = thrown;
      } finally {
        client.close();
      }
      return judge(c, value, server.getRequestCount());
    }
  }

  private static Object await(java.util.concurrent.CompletableFuture<?> future, Duration guard) throws Throwable {
    try {
      return future.get(guard.toMillis() - 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (TimeoutException e) {
      return "HANG";
    }
  }

  static String outcomeOf(Object value) {
    if (value instanceof DevRevResponse) {
      return "Decoded";
    }
    if (value instanceof DevRevException) {
      return value.getClass().getSimpleName();
    }
    if (value instanceof Throwable) {
      return "CRASH " + value.getClass().getName();
    }
    return String.valueOf(value);
  }

  private static Result judge(Corpus.Case c, Object value, int requests) {
    Result result = new Result(outcomeOf(value));
    List<String> problems = result.problems;
    if (!result.outcome.equals(c.expect)) {
      String detail = value instanceof Throwable ? ": " + shorten(String.valueOf(value)) : "";
      problems.add("expected " + c.expect + " but was " + result.outcome + detail);
    }
    if (requests != c.requests) {
      problems.add("the server saw " + requests + " requests, expected " + c.requests);
    }
    if (value instanceof DevRevResponse) {
      ConversationsCreateResponse body = (ConversationsCreateResponse) ((DevRevResponse<?>) value).body();
      if (body == null || body.conversation() == null) {
        problems.add("decoded without a conversation");
      } else if (c.conversationId != null && !c.conversationId.equals(body.conversation().id())) {
        problems.add("conversation id " + shorten(body.conversation().id()) + ", expected " + c.conversationId);
      }
      if (body != null) {
        try {
          String encoded = ENCODER.toJson(body);
          if (c.encodedContains != null && !encoded.contains(c.encodedContains)) {
            problems.add("the re-encoded response lost " + c.encodedContains);
          }
        } catch (com.squareup.moshi.JsonDataException refused) {
          // The one documented refusal: text UTF-8 cannot carry (a lone surrogate) is not sent as '?'.
          if (!String.valueOf(refused.getMessage()).contains("lone surrogate")) {
            problems.add("the decoded response cannot be encoded again: " + refused);
          }
        } catch (RuntimeException | IOError | StackOverflowError e) {
          problems.add("the decoded response cannot be encoded again: " + e);
        }
      }
    }
    if (value instanceof DevRevException) {
      DevRevException e = (DevRevException) value;
      try {
        String text = e.getMessage() + e;
        if (text.contains(TOKEN)) {
          problems.add("the exception shows the token");
        }
      } catch (RuntimeException broken) {
        problems.add("getMessage or toString threw " + broken);
      }
    }
    if (value instanceof DevRevApiException) {
      DevRevApiException e = (DevRevApiException) value;
      if (e.statusCode() != c.status) {
        problems.add("statusCode " + e.statusCode() + ", expected " + c.status);
      }
      if (c.errorType != null && !e.errorType().equals(java.util.Optional.of(c.errorType))) {
        problems.add("errorType " + e.errorType() + ", expected " + c.errorType);
      }
      if (c.errorTypeAbsent && e.errorType().isPresent()) {
        problems.add("errorType " + e.errorType() + ", expected none");
      }
      if (e.bodyExcerpt().codePointCount(0, e.bodyExcerpt().length()) > 501) {
        problems.add("body excerpt of " + e.bodyExcerpt().length() + " chars is not bounded");
      }
    }
    if (value instanceof DevRevDecodingException && ((DevRevDecodingException) value).statusCode() != c.status) {
      problems.add("decoding exception with status " + ((DevRevDecodingException) value).statusCode());
    }
    if (value instanceof DevRevIoException && c.mayHaveReachedServer != null
        && ((DevRevIoException) value).mayHaveReachedServer() != c.mayHaveReachedServer) {
      problems.add("mayHaveReachedServer " + ((DevRevIoException) value).mayHaveReachedServer());
    }
    return result;
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  static MockResponse response(Corpus.Case c) {
    MockResponse.Builder builder = new MockResponse.Builder().code(c.status);
    for (String header : c.headers) {
      builder.addHeader(header);
    }
    if (c.informational) {
      builder.addInformationalResponse(new MockResponse.Builder().code(100).build());
    }
    Buffer body = null;
    if (c.generate != null) {
      body = GeneratedBodies.get(c.generate);
    } else if (c.body != null) {
      body = new Buffer().write(c.bodyBytes().orElseThrow());
    }
    if (body != null) {
      switch (c.transfer) {
        case "chunked":
          builder.chunkedBody(body, 4096);
          break;
        case "close":
          builder.body(body).removeHeader("Content-Length").onResponseEnd(new SocketEffect.CloseSocket());
          break;
        default:
          builder.body(body);
      }
    }
    return builder.build();
  }

  @AfterAll
  static void report() throws IOException {
    GeneratedBodies.clear();
    StringBuilder text = new StringBuilder();
    text.append("Hostile-body corpus: ").append(SYNC.size()).append(" cases, each through createRaw (sync) and")
        .append(" createRawAsync (async), retries off.\n\n");
    text.append(String.format("%-34s %6s %6s%n", "outcome", "sync", "async"));
    Map<String, int[]> counts = new TreeMap<>();
    SYNC.values().forEach(o -> counts.computeIfAbsent(o, k -> new int[2])[0]++);
    ASYNC.values().forEach(o -> counts.computeIfAbsent(o, k -> new int[2])[1]++);
    counts.forEach((outcome, n) -> text.append(String.format("%-34s %6d %6d%n", outcome, n[0], n[1])));
    Map<String, int[]> categories = new TreeMap<>();
    CASES.values().forEach(c -> categories.computeIfAbsent(c.category, k -> new int[1])[0]++);
    text.append("\ncases per category:\n");
    categories.forEach((category, n) -> text.append(String.format("  %-20s %4d%n", category, n[0])));
    text.append("\ncases that did not end as their manifest line expects: ").append(PROBLEMS.size()).append('\n');
    new TreeMap<>(PROBLEMS).forEach((id, problem) -> text.append("  ").append(id).append(" [")
        .append(CASES.get(id).note).append("]: ").append(problem).append('\n'));
    Path report = Path.of("target", "corpus-report.txt");
    try {
      Files.createDirectories(report.getParent());
      Files.writeString(report, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(text);
  }
}
