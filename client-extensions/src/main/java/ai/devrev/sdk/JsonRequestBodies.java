package ai.devrev.sdk;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's request-body seam: encodes the generated request with the generated adapters, before
 * anything is sent. A value JSON cannot carry faithfully (a lone surrogate in a string) is an
 * {@link IllegalArgumentException} naming its JSON path, thrown to the caller of {@code create}.
 */
final class JsonRequestBodies extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private final Moshi moshi;

  JsonRequestBodies(Moshi moshi) {
    this.moshi = moshi;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    JsonAdapter<Object> adapter = moshi.adapter(type);
    return value -> encode(adapter, value);
  }

  private static RequestBody encode(JsonAdapter<Object> adapter, Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      adapter.toJson(writer, value);
    } catch (JsonDataException | IllegalArgumentException | IllegalStateException e) {
      throw new Unencodable("The request cannot be sent as JSON: " + e.getMessage(), e);
    } catch (IOException impossible) {
      throw new IllegalStateException("Writing to memory failed", impossible);
    }
    return RequestBody.create(buffer.readByteString(), JSON);
  }

  /**
   * The request JSON cannot carry, found before anything is sent. The executor hands it to the caller
   * as the {@link IllegalArgumentException} it is; any other exception is mapped as a failed attempt.
   */
  static final class Unencodable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Unencodable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
