package ai.devrev.sdk.reliability;

import ai.devrev.sdk.ReliabilityHooks;
import ai.devrev.sdk.errors.BadRequestException;
import ai.devrev.sdk.errors.DevRevApiException;
import ai.devrev.sdk.errors.DevRevDecodingException;
import ai.devrev.sdk.errors.ForbiddenException;
import ai.devrev.sdk.errors.InternalServerErrorException;
import ai.devrev.sdk.errors.RateLimitedException;
import ai.devrev.sdk.errors.ServiceUnavailableException;
import ai.devrev.sdk.errors.UnauthorizedException;
import ai.devrev.sdk.errors.UnexpectedStatusException;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.DevRevMoshi;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.squareup.moshi.JsonAdapter;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Coverage-guided fuzzing of what the client does with a response body: a 201's through the same
 * Retrofit and Moshi converter the client uses (then re-encoded, which must be stable), and an error's
 * through the client's error decoder for every status it maps. A 201 body may only fail the way the
 * client reports as {@link DevRevDecodingException}; an error body may never fail at all.
 *
 * <p>Plain {@code mvn test} replays the inputs (seeded from the corpus, copied to
 * {@code DecodingFuzzTestInputs/decode}); {@code verify} fuzzes for {@code fuzz.duration} with
 * {@code JAZZER_FUZZ=1}. A finding becomes a corpus case (see README).
 */
class DecodingFuzzTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final JsonAdapter<ConversationsCreateResponse> ADAPTER =
      DevRevMoshi.create().adapter(ConversationsCreateResponse.class);
  @SuppressWarnings("unchecked")
  private static final Converter<ResponseBody, ConversationsCreateResponse> CONVERTER =
      (Converter<ResponseBody, ConversationsCreateResponse>) MoshiConverterFactory.create(DevRevMoshi.create())
          .responseBodyConverter(ConversationsCreateResponse.class, new Annotation[0],
              new Retrofit.Builder().baseUrl("http://localhost/").build());
  private static final ReliabilityHooks.Errors ERRORS =
      new ReliabilityHooks.Errors(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  private static final Map<Integer, Class<? extends DevRevApiException>> STATUSES = Map.of(
      400, BadRequestException.class, 401, UnauthorizedException.class, 403, ForbiddenException.class,
      429, RateLimitedException.class, 500, InternalServerErrorException.class,
      503, ServiceUnavailableException.class, 502, UnexpectedStatusException.class);
  private static final Headers HEADERS = Headers.of("Content-Type", "application/json", "x-request-id", "req-1");

  @FuzzTest
  void decode(byte[] body) throws Exception {
    decodeCreated(body);
    for (Map.Entry<Integer, Class<? extends DevRevApiException>> status : STATUSES.entrySet()) {
      decodeError(status.getKey(), status.getValue(), body);
    }
  }

  private static void decodeCreated(byte[] body) {
    ConversationsCreateResponse response;
    try {
      response = CONVERTER.convert(ResponseBody.create(body, JSON));
    } catch (Throwable thrown) {
      RuntimeException mapped = ReliabilityHooks.mapFailure(thrown, 201);
      if (!(mapped instanceof DevRevDecodingException)) {
        throw new AssertionError("a 201 body failed with " + thrown + ", which the client reports as " + mapped, thrown);
      }
      return;
    }
    if (response == null) {
      return; // the client reports a null body as DevRevDecodingException itself
    }
    try {
      if (response.conversation().id() == null || response.conversation().members() == null) {
        throw new AssertionError("decoded without a required property: " + response);
      }
    } catch (ai.devrev.sdk.model.JsonProblemsException unidentified) {
      return; // the client reports a conversation it cannot identify as DevRevDecodingException
    }
    String once;
    String twice;
    try {
      once = ADAPTER.toJson(response);
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
    response.hashCode();
  }

  private static void decodeError(int status, Class<? extends DevRevApiException> expected, byte[] body) {
    DevRevApiException e = ERRORS.decode(status, HEADERS, body);
    if (e.getClass() != expected || e.statusCode() != status) {
      throw new AssertionError(status + " gave " + e.getClass().getSimpleName() + " " + e.statusCode());
    }
    e.getMessage();
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
