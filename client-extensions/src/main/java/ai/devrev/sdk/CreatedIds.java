package ai.devrev.sdk;

import com.squareup.moshi.JsonReader;
import okio.Buffer;

/**
 * The created conversation's {@code id} and {@code display_id}, read from a 201 body that could not be
 * decoded whole (cut short, too large, malformed further in), so the caller can still find what DevRev
 * created. Reads as far as the JSON allows and keeps what it found.
 */
final class CreatedIds {
  static final CreatedIds NONE = new CreatedIds(null, null);
  private static final JsonReader.Options TOP = JsonReader.Options.of("conversation");
  private static final JsonReader.Options IDS = JsonReader.Options.of("id", "display_id");
  final String id;
  final String displayId;

  private CreatedIds(String id, String displayId) {
    this.id = id;
    this.displayId = displayId;
  }

  static CreatedIds scan(byte[] body) {
    String id = null;
    String displayId = null;
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.selectName(TOP) != 0 || reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
          reader.skipName();
          reader.skipValue();
          continue;
        }
        reader.beginObject();
        while (reader.hasNext() && (id == null || displayId == null)) {
          int index = reader.selectName(IDS);
          if (index >= 0 && reader.peek() == JsonReader.Token.STRING) {
            String value = reader.nextString();
            if (index == 0) {
              id = value;
            } else {
              displayId = value;
            }
          } else {
            if (index < 0) {
              reader.skipName();
            }
            reader.skipValue();
          }
        }
        break;
      }
    } catch (Exception unreadableFurtherOn) {
      // Keep what was found before the JSON broke off.
    }
    return id == null && displayId == null ? NONE : new CreatedIds(id, displayId);
  }
}
