package ai.devrev.sdk;

import ai.devrev.sdk.model.ErrorBadRequest;
import ai.devrev.sdk.model.ErrorForbidden;
import ai.devrev.sdk.model.ErrorInternalServerError;
import ai.devrev.sdk.model.ErrorServiceUnavailable;
import ai.devrev.sdk.model.ErrorTooManyRequests;
import ai.devrev.sdk.model.ErrorUnauthorized;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.time.Duration;
import java.io.IOException;
import okhttp3.Headers;
import okhttp3.ResponseBody;
import okio.Buffer;
import retrofit2.Response;

/**
 * Turns an error response into the exception named after its status. Never fails on the body itself:
 * an HTML page, an empty or truncated body still gives the status's exception, with an excerpt instead
 * of the decoded error. DevRev's {@code type}, {@code message}, {@code detail} and {@code retry_after}
 * are read from the JSON itself, the same for every status, so they survive a body that does not decode
 * as the status's error type. The body arrives already bounded ({@link ResponseBodies}).
 */
final class ErrorDecoder {
  private static final JsonReader.Options COMMON = JsonReader.Options.of("type", "message", "detail", "retry_after");
  /** Asked for an error type's adapter only when such an error comes (Moshi keeps it): a client that only creates loads none. */
  private final Moshi moshi;
  private final Clock clock;
  private final Redactor redactor;

  ErrorDecoder(Moshi moshi, Clock clock, Redactor redactor) {
    this.moshi = moshi;
    this.clock = clock;
    this.redactor = redactor;
  }

  /** The exception for an answer Retrofit reports as unsuccessful; its body was read by {@link ResponseBodies}. */
  DevRevApiException decode(Response<?> response) {
    RedirectInterceptor.Refused refused = response.raw().request().tag(RedirectInterceptor.Refused.class);
    return decode(response.code(), response.headers(), bytes(response.errorBody()), refused == null ? null : refused.reason);
  }

  DevRevApiException decode(int status, Headers headers, byte[] rawBody, String note) {
    byte[] body = withoutByteOrderMark(rawBody);
    Common common = Common.read(body);
    Duration retryAfter = status == 429 || status == 503 ? ServerWait.of(status, headers, common.retryAfter, clock) : null;
    ErrorResponse response = new ErrorResponse(status, headers, decodeTyped(status, body), common.type, common.message,
        common.detail, redactor.excerpt(body), retryAfter, note, redactor);
    switch (status) {
      case 400: return new BadRequestException(response);
      case 401: return new UnauthorizedException(response);
      case 403: return new ForbiddenException(response);
      case 429: return new RateLimitedException(response);
      case 500: return new InternalServerErrorException(response);
      case 503: return new ServiceUnavailableException(response);
      default: return new UnexpectedStatusException(response);
    }
  }

  private static byte[] bytes(ResponseBody body) {
    if (body == null) {
      return new byte[0];
    }
    try (ResponseBody closing = body) {
      return closing.bytes();
    } catch (IOException inMemory) {
      return new byte[0]; // read into memory by ResponseBodies already
    }
  }

  private Object decodeTyped(int status, byte[] body) {
    JsonAdapter<?> adapter = adapterFor(status);
    if (adapter == null || body.length == 0) {
      return null;
    }
    try {
      return adapter.fromJson(new Buffer().write(body));
    } catch (Exception notDevRevJson) {
      return null;
    }
  }

  private JsonAdapter<?> adapterFor(int status) {
    switch (status) {
      case 400: return moshi.adapter(ErrorBadRequest.class);
      case 401: return moshi.adapter(ErrorUnauthorized.class);
      case 403: return moshi.adapter(ErrorForbidden.class);
      case 429: return moshi.adapter(ErrorTooManyRequests.class);
      case 500: return moshi.adapter(ErrorInternalServerError.class);
      case 503: return moshi.adapter(ErrorServiceUnavailable.class);
      default: return null;
    }
  }

  /** A UTF-8 byte-order mark is not JSON; the success path skips it too. */
  static byte[] withoutByteOrderMark(byte[] bytes) {
    boolean marked = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    return marked ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }

  /** The fields every DevRev error body has, read from the JSON alone. */
  private static final class Common {
    private static final Common NONE = new Common();
    String type;
    String message;
    String detail;
    Long retryAfter;

    static Common read(byte[] body) {
      if (body.length == 0) {
        return NONE;
      }
      Common common = new Common();
      try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
        reader.beginObject();
        while (reader.hasNext()) {
          int index = reader.selectName(COMMON);
          if (index < 0) {
            reader.skipName();
            reader.skipValue();
          } else if (index == 3 && reader.peek() == JsonReader.Token.NUMBER) {
            common.retryAfter = wholeSeconds(reader.nextString());
          } else if (index < 3 && reader.peek() == JsonReader.Token.STRING) {
            String value = reader.nextString();
            if (index == 0) {
              common.type = value;
            } else if (index == 1) {
              common.message = value;
            } else {
              common.detail = value;
            }
          } else {
            reader.skipValue();
          }
        }
      } catch (Exception notJson) {
        // Keep what was read before the body stopped being JSON.
      }
      return common;
    }

    private static Long wholeSeconds(String number) {
      try {
        double seconds = Math.ceil(Double.parseDouble(number));
        return seconds < 0 || Double.isNaN(seconds) ? null : (long) Math.min(seconds, (double) Long.MAX_VALUE);
      } catch (NumberFormatException unreadable) {
        return null;
      }
    }
  }
}
