package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import org.junit.jupiter.api.Test;

/**
 * Hostile or broken bodies fail with Moshi's own exceptions, naming where, never NPE or stack overflow:
 * malformed JSON in every mode, values that do not fit the spec in the strict one.
 */
class MalformedJsonTest {

  @Test
  void deepNestingFailsCleanly() {
    String deep = "{\"conversation\":{\"id\":\"C\",\"members\":[],\"custom\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}";
    assertThatThrownBy(() -> Json.decodeStrict(ConversationsCreateResponse.class, deep))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Nesting too deep");
  }

  @Test
  void bodyTruncatedAnywhereFailsAsMalformedOrEndOfInput() {
    String body = Json.resource("seed-201.json");
    for (int cut = 0; cut < body.length() - 1; cut++) {
      String truncated = body.substring(0, cut);
      assertThatThrownBy(() -> Json.decodeStrict(ConversationsCreateResponse.class, truncated))
          .as("cut at %d", cut)
          .isInstanceOfAny(EOFException.class, JsonEncodingException.class);
    }
  }

  @Test
  void htmlPageFailsAsMalformedJson() {
    assertThatThrownBy(() -> Json.decodeStrict(ConversationsCreateResponse.class, "<html><body>Bad gateway</body></html>"))
        .isInstanceOf(JsonEncodingException.class);
  }

  @Test
  void wrongTypeNamesTheJsonPath() {
    assertThatThrownBy(() -> Json.decodeStrict(ConversationsCreateResponse.class,
        "{\"conversation\":{\"id\":\"C\",\"members\":[],\"created_date\":42}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.conversation.created_date");
  }

  @Test
  void impossibleDateIsRejectedNamingThePath() {
    for (String date : new String[] {"2023-02-30T12:00:00Z", "2023-01-01T25:00:00Z", "2023-01-01T12:00:00+19:00", "yesterday"}) {
      assertThatThrownBy(() -> Json.decodeStrict(Conversation.class, "{\"id\":\"A\",\"members\":[],\"created_date\":\"" + date + "\"}"))
          .as(date)
          .isInstanceOf(JsonDataException.class)
          .hasMessageContaining("$.created_date");
    }
  }

  @Test
  void missingRequiredFieldNamesTheJsonPath() {
    assertThatThrownBy(() -> Json.decodeStrict(ConversationsCreateResponse.class, "{\"conversation\":{\"members\":[]}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("'id'")
        .hasMessageContaining("$.conversation");
  }

  @Test
  void nullWhereAnObjectIsRequiredIsReportedNotThrownLater() {
    assertThatThrownBy(() -> Json.decodeStrict(ConversationsCreateResponse.class, "{\"conversation\":null}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("'conversation'");
  }

  @Test
  void unionWithoutItsLabelFailsNamingTheLabel() {
    assertThatThrownBy(() -> Json.decodeStrict(UserSummary.class, "{\"id\":\"DEVU-1\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("'type'");
  }

  @Test
  void unionWithANonStringLabelFails() {
    assertThatThrownBy(() -> Json.decodeStrict(UserSummary.class, "{\"type\":7,\"id\":\"DEVU-1\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("a string label 'type'");
  }

  @Test
  void offsetBeyondEighteenHoursIsADataErrorNotADateTimeException() {
    for (String date : new String[] {"2023-01-01T12:00:00-18:30", "2023-01-01T12:00:00+18:01", "2023-01-01T12:00:00+99:00"}) {
      assertThatThrownBy(() -> Json.decodeStrict(Conversation.class, "{\"id\":\"A\",\"members\":[],\"created_date\":\"" + date + "\"}"))
          .as(date)
          .isInstanceOf(JsonDataException.class)
          .hasMessageContaining("$.created_date");
    }
  }

  @Test
  void nullElementInAListOfObjectsIsADataError() {
    assertThatThrownBy(() -> Json.decodeStrict(Conversation.class, "{\"id\":\"A\",\"members\":[null]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.members[0]");
  }

  @Test
  void freeFormObjectGivenAStringIsADataError() {
    assertThatThrownBy(() -> Json.decodeStrict(ConversationsCreateRequest.class, "{\"type\":\"support\",\"custom_fields\":\"x\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.custom_fields");
  }

  /** With the label last, the member is read from the stream as strictly as with the label first. */
  @Test
  void labelLastUnionRejectsLossyNumbersAsWhenTheLabelIsFirst() {
    for (String size : new String[] {"1.5", "18446744073709551616", "\"1.5\"", "\"18446744073709551616\"", "1e300"}) {
      String labelFirst = "{\"type\":\"dev_user\",\"id\":\"DEVU-1\",\"display_picture\":{\"id\":\"ART-1\",\"file\":{\"size\":" + size + "}}}";
      String labelLast = "{\"id\":\"DEVU-1\",\"display_picture\":{\"id\":\"ART-1\",\"file\":{\"size\":" + size + "}},\"type\":\"dev_user\"}";
      assertThatThrownBy(() -> Json.decodeStrict(UserSummary.class, labelFirst)).as("first " + size).isInstanceOf(JsonDataException.class);
      assertThatThrownBy(() -> Json.decodeStrict(UserSummary.class, labelLast)).as("last " + size).isInstanceOf(JsonDataException.class);
    }
  }
}
