package ai.devrev.sdk.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Test helpers: one shared Moshi (and its strict twin), decoding and encoding by type, resources as strings. */
final class Json {
  static final Moshi MOSHI = DevRevMoshi.create();
  static final Moshi STRICT = DevRevMoshi.createStrict();

  private Json() {}

  static <T> T decode(Class<T> type, String json) throws IOException {
    return MOSHI.adapter(type).fromJson(json);
  }

  static <T> T decodeStrict(Class<T> type, String json) throws IOException {
    return STRICT.adapter(type).fromJson(json);
  }

  static <T> String encode(Class<T> type, T value) {
    return MOSHI.adapter(type).toJson(value);
  }

  /** Encoded by a writer that keeps nulls, as a user's own Moshi set up with {@code serializeNulls()} would. */
  static <T> String encodeWithNulls(Class<T> type, T value) {
    return MOSHI.adapter(type).serializeNulls().toJson(value);
  }

  /** A tree of maps, lists and values as JSON, its nulls written. */
  static String encodeTree(Object tree) {
    return MOSHI.adapter(Object.class).toJson(tree);
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
