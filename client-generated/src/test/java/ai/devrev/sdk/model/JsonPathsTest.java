package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The path of a value that did not fit is worked out after reading it, and only then. */
class JsonPathsTest {

  @Test
  void thePathOfAValueJustReadNamesItsOwnIndexAndName() throws Exception {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8("{\"a\":[10,20,{\"b\":30}],\"c\":40}"));
    reader.beginObject();
    reader.nextName();
    reader.beginArray();
    reader.nextLong();
    assertThat(JsonValues.pathJustRead(reader)).isEqualTo("$.a[0]");
    reader.nextLong();
    assertThat(JsonValues.pathJustRead(reader)).isEqualTo("$.a[1]");
    reader.beginObject();
    reader.nextName();
    reader.nextLong();
    assertThat(JsonValues.pathJustRead(reader)).isEqualTo("$.a[2].b");
    reader.endObject();
    assertThat(JsonValues.pathJustRead(reader)).as("an object just ended").isEqualTo("$.a[2]");
    reader.endArray();
    reader.nextName();
    reader.nextLong();
    assertThat(JsonValues.pathJustRead(reader)).isEqualTo("$.c");
  }
}
