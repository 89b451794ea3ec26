package ai.devrev.sdk;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Retrofit's call-adapter seam, used so a success body is decoded where its status and headers are
 * known. Retrofit's own converters see only the body, and a body that failed to decode would lose the
 * status and request id the caller needs to find the conversation DevRev created. The generated
 * interface's {@code Call<T>} is served by a call for the raw body (already read and bounded by
 * {@link ResponseBodies}) that decodes it here, and checks that what identifies the result is there.
 */
final class DecodingCallAdapterFactory extends CallAdapter.Factory {
  private final Moshi moshi;
  private final Redactor redactor;
  private final Map<Class<?>, Function<Object, String>> identities;
  private static final ByteString BYTE_ORDER_MARK = ByteString.decodeHex("efbbbf");

  /**
   * @param identities per body type, a function naming what identifies the result when it is missing
   *     (for example the created conversation's id), or returning {@code null} when it is there
   */
  DecodingCallAdapterFactory(Moshi moshi, Redactor redactor, Map<Class<?>, Function<Object, String>> identities) {
    this.moshi = moshi;
    this.redactor = redactor;
    this.identities = identities;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != Call.class || !(returnType instanceof ParameterizedType)) {
      return null;
    }
    Type bodyType = getParameterUpperBound(0, (ParameterizedType) returnType);
    JsonAdapter<Object> adapter = moshi.adapter(bodyType);
    Function<Object, String> identity = identities.getOrDefault(getRawType(bodyType), body -> null);
    return new CallAdapter<ResponseBody, Call<Object>>() {
      @Override
      public Type responseType() {
        return ResponseBody.class;
      }

      @Override
      public Call<Object> adapt(Call<ResponseBody> call) {
        return new DecodingCall<>(call, adapter, identity, redactor);
      }
    };
  }

  /** A Retrofit call whose success body is decoded with its status, headers and raw bytes at hand. */
  static final class DecodingCall<T> implements Call<T> {
    private final Call<ResponseBody> raw;
    private final JsonAdapter<T> adapter;
    private final Function<Object, String> identity;
    private final Redactor redactor;

    DecodingCall(Call<ResponseBody> raw, JsonAdapter<T> adapter, Function<Object, String> identity, Redactor redactor) {
      this.raw = raw;
      this.adapter = adapter;
      this.identity = identity;
      this.redactor = redactor;
    }

    @Override
    public Response<T> execute() throws IOException {
      return decoded(raw.execute());
    }

    @Override
    public void enqueue(Callback<T> callback) {
      raw.enqueue(new Callback<ResponseBody>() {
        @Override
        public void onResponse(Call<ResponseBody> call, Response<ResponseBody> response) {
          Response<T> result;
          try {
            result = decoded(response);
          } catch (Throwable failure) {
            callback.onFailure(DecodingCall.this, failure);
            return;
          }
          callback.onResponse(DecodingCall.this, result);
        }

        @Override
        public void onFailure(Call<ResponseBody> call, Throwable failure) {
          callback.onFailure(DecodingCall.this, failure);
        }
      });
    }

    private Response<T> decoded(Response<ResponseBody> response) {
      if (!response.isSuccessful()) {
        return Response.error(response.errorBody(), response.raw());
      }
      // The body is in memory already (ResponseBodies read it): decode from a view of it, and copy it out
      // only for a failure's excerpt and ids.
      Buffer bytes = inMemory(response.body());
      T body;
      JsonReader reader = JsonReader.of(bytes.peek());
      try {
        if (bytes.rangeEquals(0, BYTE_ORDER_MARK)) {
          bytes.skip(BYTE_ORDER_MARK.size()); // not JSON; the error path skips it too
          reader = JsonReader.of(bytes.peek());
        }
        body = adapter.fromJson(reader);
      } catch (IOException | RuntimeException e) {
        throw failure(response, bytes, String.valueOf(e.getMessage()), e);
      }
      if (!ended(reader)) {
        throw failure(response, bytes, "more JSON after the body at path $", null);
      }
      String missing;
      try {
        missing = body == null ? "the body is JSON null at path $" : identity.apply(body);
      } catch (RuntimeException unreadable) {
        missing = String.valueOf(unreadable.getMessage());
      }
      if (missing != null) {
        throw failure(response, bytes, missing, null);
      }
      return Response.success(body, response.raw());
    }

    private static boolean ended(JsonReader reader) {
      try {
        return reader.peek() == JsonReader.Token.END_DOCUMENT;
      } catch (IOException | RuntimeException anotherValue) {
        return false;
      }
    }

    private DevRevDecodingException failure(Response<?> response, Buffer body, String problem, Throwable cause) {
      byte[] bytes = body.readByteArray();
      return new DevRevDecodingException(response.code(), redactor.safe(response.headers().get(Redactor.REQUEST_ID)),
          redactor.safe(problem), redactor.excerpt(bytes), CreatedIds.scan(bytes), cause);
    }

    /** The body as the buffer Retrofit's buffering converter made of it; any other source is read into one. */
    private static Buffer inMemory(ResponseBody body) {
      if (body == null) {
        return new Buffer();
      }
      try (ResponseBody closing = body) {
        BufferedSource source = closing.source();
        if (source instanceof Buffer) {
          return (Buffer) source;
        }
        Buffer buffer = new Buffer();
        buffer.writeAll(source);
        return buffer;
      } catch (IOException inMemory) {
        return new Buffer(); // read into memory by ResponseBodies already; this cannot fail
      }
    }

    @Override
    public boolean isExecuted() {
      return raw.isExecuted();
    }

    @Override
    public void cancel() {
      raw.cancel();
    }

    @Override
    public boolean isCanceled() {
      return raw.isCanceled();
    }

    @Override
    public Call<T> clone() {
      return new DecodingCall<>(raw.clone(), adapter, identity, redactor);
    }

    @Override
    public Request request() {
      return raw.request();
    }

    @Override
    public Timeout timeout() {
      return raw.timeout();
    }
  }
}
