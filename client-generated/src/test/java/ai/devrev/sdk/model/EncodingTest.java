package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests arrive exactly: nulls the caller put in are sent, absent fields stay absent, no text is changed. */
class EncodingTest {

  @Test
  void nullsInsideCustomFieldsAreSentWhateverTheWritersSerializeNulls() throws Exception {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("b", null);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("tnt__a", null);
    fields.put("tnt__n", nested);
    ConversationsCreateRequest request = ConversationsCreateRequest.builder().customFields(fields).build();
    String expected = "{\"type\":\"support\",\"custom_fields\":{\"tnt__a\":null,\"tnt__n\":{\"b\":null}}}";
    assertThat(Json.encode(ConversationsCreateRequest.class, request)).isEqualTo(expected);
    assertThat(Json.encodeWithNulls(ConversationsCreateRequest.class, request)).isEqualTo(expected);
    String decoded = "{\"type\":\"support\",\"custom_fields\":{\"tnt__a\":null,\"tnt__n\":{\"b\":null}},\"x\":[null]}";
    assertThat(Json.encode(ConversationsCreateRequest.class, Json.decode(ConversationsCreateRequest.class, decoded))).isEqualTo(decoded);
  }

  @Test
  void anAdditionalPropertySetToNullIsSentAsNull() {
    ConversationsCreateRequest request = ConversationsCreateRequest.builder().putAdditionalProperty("x", null).build();
    assertThat(Json.encode(ConversationsCreateRequest.class, request)).isEqualTo("{\"type\":\"support\",\"x\":null}");
  }

  @Test
  void absentOptionalFieldsStayAbsentEvenWhenTheWriterSerializesNulls() {
    ConversationsCreateRequest request = ConversationsCreateRequest.builder().title(null).members(null).build();
    assertThat(Json.encodeWithNulls(ConversationsCreateRequest.class, request)).isEqualTo("{\"type\":\"support\"}");
  }

  @Test
  void aLoneSurrogateIsRefusedNamingItsPathInsteadOfSentAsAQuestionMark() {
    assertThatThrownBy(() -> Json.encode(ConversationsCreateRequest.class, ConversationsCreateRequest.builder().title("a\ud800").build()))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("U+D800").hasMessageContaining("$.title");
    assertThatThrownBy(() -> Json.encode(ConversationsCreateRequest.class,
        ConversationsCreateRequest.builder().members(List.of("ok", "\udc00x")).build()))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.members[1]");
    assertThatThrownBy(() -> Json.encode(ConversationsCreateRequest.class,
        ConversationsCreateRequest.builder().customFields(Map.of("tnt__\udbff", 1)).build()))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.custom_fields.tnt__");
    assertThatThrownBy(() -> Json.encode(ConversationsCreateRequest.class,
        ConversationsCreateRequest.builder().customFields(Map.of("tnt__l", Arrays.asList("x", "\ud800"))).build()))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.custom_fields.tnt__l[1]");
    assertThat(Json.encode(ConversationsCreateRequest.class, ConversationsCreateRequest.builder().title("\ud83d\ude00").build()))
        .contains("\ud83d\ude00");
  }

  @Test
  void aNumberJsonCannotCarryIsRefusedNamingItsPath() {
    assertThatThrownBy(() -> Json.encode(ConversationsCreateRequest.class,
        ConversationsCreateRequest.builder().customFields(Map.of("tnt__x", Double.NaN)).build()))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.custom_fields.tnt__x");
  }
}
