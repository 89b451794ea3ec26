package ai.devrev.sdk.reliability;

import ai.devrev.sdk.BadRequestException;
import ai.devrev.sdk.DevRevApiException;
import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.DevRevDecodingException;
import ai.devrev.sdk.DevRevException;
import ai.devrev.sdk.DevRevResponse;
import ai.devrev.sdk.ForbiddenException;
import ai.devrev.sdk.InternalServerErrorException;
import ai.devrev.sdk.RateLimitedException;
import ai.devrev.sdk.ServiceUnavailableException;
import ai.devrev.sdk.UnauthorizedException;
import ai.devrev.sdk.UnexpectedStatusException;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.DevRevMoshi;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.squareup.moshi.JsonAdapter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of what the client does with a response body, through its public API against
 * a local server: the body answered as a 201 may only end in a conversation (which must re-encode
 * stably) or in {@link DevRevDecodingException}; answered with an error status, it always ends in that
 * status's exception, with a bounded excerpt and no negative wait. The first byte picks the error status.
 *
 * <p>Plain {@code mvn test} replays the inputs (seeded from the corpus, copied to
 * {@code DecodingFuzzTestInputs/decode}); {@code verify} fuzzes for {@code fuzz.duration} with
 * {@code JAZZER_FUZZ=1}. A finding becomes a corpus case (see README).
 */
class DecodingFuzzTest {
  private static final JsonAdapter<ConversationsCreateResponse> ADAPTER =
      DevRevMoshi.create().adapter(ConversationsCreateResponse.class);
  private static final List<Map.Entry<Integer, Class<? extends DevRevApiException>>> STATUSES = List.of(
      Map.entry(400, BadRequestException.class), Map.entry(401, UnauthorizedException.class),
      Map.entry(403, ForbiddenException.class), Map.entry(429, RateLimitedException.class),
      Map.entry(500, InternalServerErrorException.class), Map.entry(503, ServiceUnavailableException.class),
      Map.entry(502, UnexpectedStatusException.class));
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().build();
  private static volatile int status;
  private static volatile byte[] body;
  private static MockWebServer server;
  private static DevRevClient client;

  @BeforeAll
  static void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "req-1").body(new Buffer().write(body)).build();
      }
    });
    server.start(0);
    client = DevRevClient.builder().baseUrl(server.url("/").toString()).token("fuzzing-token-1234").maxRetries(0)
        .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @FuzzTest
  void decode(byte[] input) {
    body = input;
    decodeCreated();
    Map.Entry<Integer, Class<? extends DevRevApiException>> error =
        STATUSES.get(input.length == 0 ? 0 : Byte.toUnsignedInt(input[0]) % STATUSES.size());
    decodeError(error.getKey(), error.getValue());
  }

  private static void decodeCreated() {
    status = 201;
    DevRevResponse<ConversationsCreateResponse> response;
    try {
      response = client.conversations().createRaw(REQUEST);
    } catch (DevRevDecodingException expected) {
      return;
    } catch (RuntimeException | Error thrown) {
      throw new AssertionError("a 201 body failed with " + thrown, thrown);
    }
    ConversationsCreateResponse decoded = response.body();
    if (decoded.conversation() == null || decoded.conversation().id() == null) {
      throw new AssertionError("a conversation without its id: " + decoded);
    }
    String once;
    String twice;
    try {
      once = ADAPTER.toJson(decoded);
      twice = ADAPTER.toJson(ADAPTER.fromJson(once));
    } catch (com.squareup.moshi.JsonDataException refused) {
      if (String.valueOf(refused.getMessage()).contains("lone surrogate")) {
        return; // documented: text UTF-8 cannot carry is refused, never written as '?'
      }
      throw new AssertionError("a decoded response does not survive encoding and decoding again: " + refused, refused);
    } catch (Exception | Error e) {
      throw new AssertionError("a decoded response does not survive encoding and decoding again: " + e, e);
    }
    if (!once.equals(twice)) {
      throw new AssertionError("encoding is not stable:\n" + once + "\n" + twice);
    }
    response.toString();
    decoded.hashCode();
  }

  private static void decodeError(int code, Class<? extends DevRevApiException> expected) {
    status = code;
    DevRevException thrown;
    try {
      client.conversations().createRaw(REQUEST);
      throw new AssertionError(code + " ended in a success");
    } catch (DevRevException e) {
      thrown = e;
    }
    if (thrown.getClass() != expected || ((DevRevApiException) thrown).statusCode() != code) {
      throw new AssertionError(code + " gave " + thrown, thrown);
    }
    DevRevApiException e = (DevRevApiException) thrown;
    e.toString();
    if (e.bodyExcerpt().codePointCount(0, e.bodyExcerpt().length()) > 501) {
      throw new AssertionError("unbounded excerpt of " + e.bodyExcerpt().length());
    }
    if (e instanceof RateLimitedException) {
      ((RateLimitedException) e).retryAfter().ifPresent(wait -> {
        if (wait.isNegative()) {
          throw new AssertionError("a negative retryAfter " + wait);
        }
      });
    }
  }
}
