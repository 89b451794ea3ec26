package ai.devrev.sdk.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Test helpers: one shared Moshi, decoding and encoding by type, resources as strings. */
final class Json {
  static final Moshi MOSHI = DevRevMoshi.create();

  private Json() {}

  static <T> T decode(Class<T> type, String json) throws IOException {
    return MOSHI.adapter(type).fromJson(json);
  }

  static <T> String encode(Class<T> type, T value) {
    return MOSHI.adapter(type).toJson(value);
  }

  /** Decodes to plain maps and lists (integers exact), for comparing JSON documents by value. */
  static Object tree(String json) throws IOException {
    JsonAdapter<Object> adapter = MOSHI.adapter((Type) Object.class);
    return adapter.fromJson(json);
  }

  static String resource(String name) {
    try (InputStream in = Json.class.getResourceAsStream("/json/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource /json/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
