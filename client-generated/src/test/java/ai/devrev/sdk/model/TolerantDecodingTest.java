package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 201 always yields what was created: a value of an unexpected type or form reads as absent and is
 * recorded, the rest decodes; {@code validate()} and {@code problems()} tell what was set aside, and the
 * strict Moshi fails as before.
 */
class TolerantDecodingTest {
  private static final String USER = "{\"type\":\"dev_user\",\"id\":\"DEVU-1\"}";

  private static ConversationsCreateResponse response(String conversationFields) throws IOException {
    return Json.decode(ConversationsCreateResponse.class,
        "{\"conversation\":{\"id\":\"CONV-1\",\"members\":[" + USER + "]" + conversationFields + "}}");
  }

  private static ConversationsCreateResponse strict(String conversationFields) throws IOException {
    return Json.STRICT.adapter(ConversationsCreateResponse.class).fromJson(
        "{\"conversation\":{\"id\":\"CONV-1\",\"members\":[" + USER + "]" + conversationFields + "}}");
  }

  @Test
  void aFileOfThreeGigabytesDecodes() throws Exception {
    Conversation conversation = response(",\"created_by\":{\"type\":\"dev_user\",\"id\":\"U\",\"display_picture\":"
        + "{\"id\":\"ART-1\",\"file\":{\"size\":3000000000}}}").conversation();
    DevUserSummary user = (DevUserSummary) conversation.createdBy().orElseThrow();
    assertThat(user.displayPicture().orElseThrow().file().orElseThrow().size()).contains(3_000_000_000L);
    assertThat(conversation.problems()).isEmpty();
  }

  @Test
  void aLeapSecondDecodesAsTheSecondBefore() throws Exception {
    for (String leap : List.of("2016-12-31T23:59:60Z", "2016-12-31t23:59:60.5z", "2017-01-01T01:29:60+01:30")) {
      Conversation conversation = response(",\"created_date\":\"" + leap + "\"").conversation();
      OffsetDateTime date = conversation.createdDate().orElseThrow();
      assertThat(date.getSecond()).as(leap).isEqualTo(59);
      assertThat(conversation.problems()).as(leap).isEmpty();
    }
  }

  @Test
  void anUnknownMembersSharedPropertyOfAnotherTypeReadsAsAbsent() throws Exception {
    ConversationsCreateResponse response = Json.decode(ConversationsCreateResponse.class,
        "{\"conversation\":{\"id\":\"CONV-1\",\"members\":[{\"type\":\"robot_user\",\"id\":\"u\",\"state\":{\"code\":1}}]}}");
    UserSummary robot = response.conversation().members().get(0);
    assertThat(robot).isInstanceOf(UserSummary.Unknown.class);
    assertThat(robot.id()).isEqualTo("u");
    assertThat(robot.state()).isEmpty();
    assertThat(((UserSummary.Unknown) robot).raw()).containsEntry("state", Map.of("code", 1L));
    assertThat(robot.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("$.conversation.members[0].state");
      assertThat(problem.expected()).isEqualTo("a string");
      assertThat(problem.actual()).isEqualTo(Map.of("code", 1L));
    });
    assertThat(response.problems()).isEqualTo(robot.problems());
  }

  @Test
  void aNullMemberIsDroppedAndRecorded() throws Exception {
    ConversationsCreateResponse response = Json.decode(ConversationsCreateResponse.class,
        "{\"conversation\":{\"id\":\"CONV-1\",\"members\":[null," + USER + "]}}");
    assertThat(response.conversation().members()).singleElement().isInstanceOf(DevUserSummary.class);
    assertThat(response.conversation().problems()).extracting(JsonProblem::path).containsExactly("$.conversation.members[0]");
  }

  @Test
  void aDateOfYesterdayOnAnUnknownTimelineEntryReadsAsAbsent() throws Exception {
    Conversation conversation = response(",\"messages\":[{\"type\":\"timeline_future\",\"id\":\"T-1\","
        + "\"created_date\":\"yesterday\",\"object\":\"CONV-1\",\"object_display_id\":\"CONV-1\"}]").conversation();
    TimelineEntry entry = conversation.messages().get(0);
    assertThat(entry).isInstanceOf(TimelineEntry.Unknown.class);
    assertThat(entry.type()).isEqualTo("timeline_future");
    assertThat(conversation.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("$.conversation.messages[0].created_date");
      assertThat(problem.actual()).isEqualTo("yesterday");
      assertThat(problem).hasToString("$.conversation.messages[0].created_date: expected an RFC 3339 date-time, was \"yesterday\"");
    });
  }

  @Test
  void validateThrowsWithEveryPathAndProblemsListsThem() throws Exception {
    ConversationsCreateResponse response = response(",\"title\":[],\"is_spam\":\"no\",\"created_date\":42");
    assertThat(response.conversation().id()).isEqualTo("CONV-1");
    assertThat(response.conversation().title()).isEmpty();
    assertThat(response.problems()).extracting(JsonProblem::path)
        .containsExactly("$.conversation.title", "$.conversation.created_date");
    assertThatThrownBy(response::validate)
        .isInstanceOf(JsonProblemsException.class)
        .hasMessageContaining("$.conversation.created_date")
        .hasMessageContaining("$.conversation.title")
        .satisfies(e -> assertThat(((JsonProblemsException) e).problems()).hasSize(2));
    assertThat(Json.decode(ConversationsCreateResponse.class, Json.resource("seed-201.json")).validate().problems()).isEmpty();
  }

  @Test
  void theStrictMoshiFailsAtTheFirstValueThatDoesNotFitNamingItsPath() {
    assertThatThrownBy(() -> strict(",\"created_date\":42"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.conversation.created_date");
    assertThatThrownBy(() -> Json.STRICT.adapter(ConversationsCreateResponse.class).fromJson(
        "{\"conversation\":{\"id\":\"C\",\"members\":[null]}}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.conversation.members[0]");
  }

  @Test
  void aRequiredPropertyThatCouldNotBeReadFailsAtItsAccessor() throws Exception {
    ConversationsCreateResponse response = Json.decode(ConversationsCreateResponse.class,
        "{\"conversation\":{\"id\":true,\"members\":[{\"type\":\"dev_user\"}],\"title\":\"T\"}}");
    Conversation conversation = response.conversation();
    assertThat(conversation.title()).contains("T");
    assertThatThrownBy(conversation::id).isInstanceOf(JsonProblemsException.class)
        .hasMessageContaining("'id'").hasMessageContaining("$.conversation.id");
    UserSummary member = conversation.members().get(0);
    assertThatThrownBy(member::id).isInstanceOf(JsonProblemsException.class).hasMessageContaining("$.conversation.members[0].id");
    assertThat(response.problems()).extracting(JsonProblem::path)
        .containsExactly("$.conversation.id", "$.conversation.members[0].id");
  }

  @Test
  void aKnownBadRequestKindMissingARequiredFieldIsStillThatKind() throws Exception {
    ErrorBadRequest error = Json.decode(ErrorBadRequest.class, "{\"type\":\"invalid_field\",\"message\":\"m\"}");
    assertThat(error).isInstanceOf(ErrorBadRequest.InvalidField.class);
    assertThat(error.message()).contains("m");
    assertThatThrownBy(((ErrorBadRequest.InvalidField) error)::fieldName).isInstanceOf(JsonProblemsException.class);
    assertThat(error.problems()).extracting(JsonProblem::path).containsExactly("$.field_name");
  }

  @Test
  void aNestedUnknownKindKeepsItsOuterLabel() throws Exception {
    ErrorBadRequest error = Json.decode(ErrorBadRequest.class,
        "{\"type\":\"customization_validation_error\",\"subtype\":\"future_subtype\",\"field_name\":\"f\"}");
    assertThat(error).isInstanceOf(ErrorBadRequest.CustomizationValidationError.Unknown.class);
    assertThat(((ErrorBadRequest.CustomizationValidationError.Unknown) error).raw())
        .containsEntry("type", "customization_validation_error").containsEntry("subtype", "future_subtype");
    String labelLast = "{\"field_name\":\"f\",\"subtype\":\"future_subtype\",\"type\":\"customization_validation_error\"}";
    assertThat(((ErrorBadRequest.CustomizationValidationError.Unknown) Json.decode(ErrorBadRequest.class, labelLast)).raw())
        .containsEntry("type", "customization_validation_error");
    assertThat(Json.tree(Json.encode(ErrorBadRequest.class, error))).isEqualTo(Json.tree(labelLast));
  }

  @Test
  void aMemberWithoutItsLabelIsDroppedAndRecorded() throws Exception {
    Conversation conversation = Json.decode(ConversationsCreateResponse.class,
        "{\"conversation\":{\"id\":\"C\",\"members\":[{\"id\":\"x\"}," + USER + "],\"created_by\":{\"type\":1,\"id\":\"y\"}}}")
        .conversation();
    assertThat(conversation.members()).hasSize(1);
    assertThat(conversation.createdBy()).isEmpty();
    assertThat(conversation.problems()).extracting(JsonProblem::path, JsonProblem::expected).containsExactly(
        org.assertj.core.groups.Tuple.tuple("$.conversation.members[0]", "an object with a string label 'type'"),
        org.assertj.core.groups.Tuple.tuple("$.conversation.created_by", "an object with a string label 'type'"));
  }

  @Test
  void theFuzzersCrashInputEndsInAJsonException() throws Exception {
    String crash = Json.resource("fuzz-crash-8b2af228.json");
    assertThatThrownBy(() -> Json.decode(ConversationsCreateResponse.class, crash))
        .isInstanceOfAny(JsonDataException.class, IOException.class);
    String wellFormed = "{\"conversation\":{\"id\":\"C\",\"members\":[],\"created_by\":{\"type\":\"deurse_v\",\"id\":\"U\","
        + "\"display_picture\":{\"id\":\"A\",\"file\":{\"size\":\"1.5\"}}}}}";
    assertThatThrownBy(() -> Json.STRICT.adapter(ConversationsCreateResponse.class).fromJson(wellFormed))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.conversation.created_by.display_picture.file.size");
    assertThat(Json.decode(ConversationsCreateResponse.class, wellFormed).problems())
        .extracting(JsonProblem::path).containsExactly("$.conversation.created_by.display_picture.file.size");
  }

  @Test
  void aTopLevelValueOfTheWrongShapeFailsWithItsPath() {
    assertThatThrownBy(() -> Json.decode(ConversationsCreateResponse.class, "[1]"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$");
    assertThatThrownBy(() -> Json.decode(UserSummary.class, "{\"id\":\"DEVU-1\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("'type'");
  }
}
