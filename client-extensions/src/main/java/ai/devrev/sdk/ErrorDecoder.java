package ai.devrev.sdk;

import ai.devrev.sdk.errors.BadRequestException;
import ai.devrev.sdk.errors.DevRevApiException;
import ai.devrev.sdk.errors.ErrorResponse;
import ai.devrev.sdk.errors.ForbiddenException;
import ai.devrev.sdk.errors.InternalServerErrorException;
import ai.devrev.sdk.errors.RateLimitedException;
import ai.devrev.sdk.errors.ServiceUnavailableException;
import ai.devrev.sdk.errors.UnauthorizedException;
import ai.devrev.sdk.errors.UnexpectedStatusException;
import ai.devrev.sdk.model.ErrorBadRequest;
import ai.devrev.sdk.model.ErrorForbidden;
import ai.devrev.sdk.model.ErrorInternalServerError;
import ai.devrev.sdk.model.ErrorServiceUnavailable;
import ai.devrev.sdk.model.ErrorTooManyRequests;
import ai.devrev.sdk.model.ErrorUnauthorized;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Turns an error response into the exception named after it. Reads at most {@value #BODY_LIMIT} bytes
 * of the body, and never fails on the body itself: an HTML page, an empty or truncated body still gives
 * the status's exception, with an excerpt instead of the decoded error.
 */
final class ErrorDecoder {
  static final long BODY_LIMIT = 256 * 1024;
  static final int EXCERPT_CHARS = 500;
  private final Map<Integer, JsonAdapter<?>> adapters = new LinkedHashMap<>();
  private final JsonAdapter<Map<String, Object>> tree;
  private final Clock clock;

  ErrorDecoder(Moshi moshi, Clock clock) {
    this.clock = clock;
    this.tree = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    adapters.put(400, moshi.adapter(ErrorBadRequest.class));
    adapters.put(401, moshi.adapter(ErrorUnauthorized.class));
    adapters.put(403, moshi.adapter(ErrorForbidden.class));
    adapters.put(429, moshi.adapter(ErrorTooManyRequests.class));
    adapters.put(500, moshi.adapter(ErrorInternalServerError.class));
    adapters.put(503, moshi.adapter(ErrorServiceUnavailable.class));
  }

  DevRevApiException decode(int status, Headers headers, ResponseBody body) {
    byte[] bytes = withoutByteOrderMark(read(body));
    Object decoded = decodeJson(status, bytes);
    String[] common = common(bytes);
    ErrorResponse response = new ErrorResponse(status, toMap(headers), headers.get("x-request-id"), decoded,
        common[0], common[1], common[2], excerpt(bytes));
    switch (status) {
      case 400: return new BadRequestException(response);
      case 401: return new UnauthorizedException(response);
      case 403: return new ForbiddenException(response);
      case 429: return new RateLimitedException(response, wait(headers, decoded).orElse(null));
      case 500: return new InternalServerErrorException(response);
      case 503: return new ServiceUnavailableException(response);
      default: return new UnexpectedStatusException(response);
    }
  }

  private Optional<Duration> wait(Headers headers, Object decoded) {
    Optional<Duration> header = RetryAfter.parse(headers.get("Retry-After"), clock);
    if (header.isPresent() || !(decoded instanceof ErrorTooManyRequests)) {
      return header;
    }
    return ((ErrorTooManyRequests) decoded).retryAfter().filter(s -> s >= 0).map(Duration::ofSeconds);
  }

  private static byte[] read(ResponseBody body) {
    return body == null ? new byte[0] : ErrorBodyInterceptor.readBounded(body);
  }


  /** A UTF-8 byte-order mark is not JSON; the 201 path (Retrofit's Moshi converter) skips it too. */
  private static byte[] withoutByteOrderMark(byte[] bytes) {
    boolean marked = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    return marked ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }

  private Object decodeJson(int status, byte[] bytes) {
    JsonAdapter<?> adapter = adapters.get(status);
    if (adapter == null || bytes.length == 0 || bytes.length >= BODY_LIMIT) {
      return null;
    }
    try {
      return adapter.fromJson(new Buffer().write(bytes));
    } catch (IOException | RuntimeException notDevRevJson) {
      return null;
    }
  }

  /**
   * DevRev's {@code type}, {@code message} and {@code detail} from the body as plain JSON: the same for
   * every status, and still there when the body does not decode as the status's error type.
   */
  private String[] common(byte[] bytes) {
    if (bytes.length == 0 || bytes.length >= BODY_LIMIT) {
      return new String[3];
    }
    try {
      Map<String, Object> json = tree.fromJson(new Buffer().write(bytes));
      return new String[] {text(json, "type"), text(json, "message"), text(json, "detail")};
    } catch (IOException | RuntimeException notJson) {
      return new String[3];
    }
  }

  private static String text(Map<String, Object> json, String name) {
    Object value = json == null ? null : json.get(name);
    return value instanceof String ? (String) value : null;
  }

  static String excerpt(byte[] bytes) {
    int window = Math.min(bytes.length, EXCERPT_CHARS * 4);
    String text = new String(bytes, 0, window, StandardCharsets.UTF_8);
    boolean cut = window < bytes.length || text.codePointCount(0, text.length()) > EXCERPT_CHARS;
    StringBuilder clean = new StringBuilder();
    text.codePoints().limit(EXCERPT_CHARS).forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    String result = clean.toString().replaceAll(" {2,}", " ").strip();
    return cut ? result + "…" : result;
  }

  static Map<String, List<String>> toMap(Headers headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String name : headers.names()) {
      String key = name.toLowerCase(Locale.ROOT);
      map.put(key, LoggingInterceptor.isSecret(key) ? List.of(LoggingInterceptor.REDACTED) : headers.values(name));
    }
    return map;
  }
}
