package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What DevRev adds later (kinds, enum values, fields) decodes without error and is kept, not lost. */
class ForwardCompatibilityTest {

  @Test
  void unknownUnionMemberKeepsItsLabelAndJson() throws Exception {
    String json = "{\"type\":\"bot_user\",\"id\":\"BOT-1\",\"nested\":{\"n\":12345678901234567890}}";
    UserSummary user = Json.decode(UserSummary.class, json);
    assertThat(user).isInstanceOf(UserSummary.Unknown.class);
    UserSummary.Unknown unknown = (UserSummary.Unknown) user;
    assertThat(unknown.type()).isEqualTo("bot_user");
    assertThat(unknown.raw()).containsEntry("id", "BOT-1");
    assertThat(unknown.raw().get("nested")).isEqualTo(Map.of("n", new BigInteger("12345678901234567890")));
    assertThat(Json.encode(UserSummary.class, user)).isEqualTo(json);
  }

  @Test
  void propertiesEveryKindSharesAreReadableWithoutAVisitor() throws Exception {
    java.util.List<AtomSummary> atoms = Json.MOSHI.<java.util.List<AtomSummary>>adapter(
        com.squareup.moshi.Types.newParameterizedType(java.util.List.class, AtomSummary.class)).fromJson(
        "[{\"type\":\"tag\",\"id\":\"TAG-1\",\"display_id\":\"T-1\",\"name\":\"n\"},"
            + "{\"type\":\"dashboard\",\"id\":\"DASH-1\",\"display_id\":\"D-1\"}]");
    assertThat(atoms).extracting(AtomSummary::id).containsExactly("TAG-1", "DASH-1");
    assertThat(atoms).extracting(atom -> atom.displayId().orElseThrow()).containsExactly("T-1", "D-1");
    UserSummary user = Json.decode(UserSummary.class, "{\"type\":\"rev_user\",\"id\":\"REVU-1\",\"email\":\"a@b.c\"}");
    assertThat(user.email()).contains("a@b.c");
  }

  @Test
  void unknownErrorKindStillExposesMessageAndDetail() throws Exception {
    ErrorBadRequest error = Json.decode(ErrorBadRequest.class,
        "{\"type\":\"quota_exceeded\",\"message\":\"too many\",\"detail\":\"d\",\"limit\":5}");
    assertThat(error).isInstanceOf(ErrorBadRequest.Unknown.class);
    assertThat(error.type()).isEqualTo("quota_exceeded");
    assertThat(error.message()).contains("too many");
    assertThat(error.detail()).contains("d");
    assertThat(((ErrorBadRequest.Unknown) error).raw()).containsEntry("limit", 5L);
  }

  @Test
  void unknownSubtypeOfTheNestedUnionRoundTripsWithBothLabelsOnce() throws Exception {
    String json = "{\"type\":\"customization_validation_error\",\"subtype\":\"brand_new\",\"field_name\":\"f\"}";
    ErrorBadRequest error = Json.decode(ErrorBadRequest.class, json);
    assertThat(error).isInstanceOf(ErrorBadRequest.CustomizationValidationError.Unknown.class);
    ErrorBadRequest.CustomizationValidationError customization = (ErrorBadRequest.CustomizationValidationError) error;
    assertThat(customization.subtype()).isEqualTo("brand_new");
    assertThat(customization.type()).isEqualTo("customization_validation_error");
    assertThat(customization.fieldName()).contains("f");
    assertThat(Json.tree(Json.encode(ErrorBadRequest.class, error))).isEqualTo(Json.tree(json));
  }

  @Test
  void unknownEnumValueKeepsItsRawString() throws Exception {
    DevUserSummary user = (DevUserSummary) Json.decode(UserSummary.class,
        "{\"type\":\"dev_user\",\"id\":\"DEVU-1\",\"state\":\"hibernating\"}");
    UserState state = user.state().orElseThrow();
    assertThat(state.isKnown()).isFalse();
    assertThat(state.asString()).isEqualTo("hibernating");
    assertThat(state.value()).isEqualTo(UserState.Value._UNKNOWN);
    assertThatThrownBy(state::known).isInstanceOf(IllegalStateException.class).hasMessageContaining("hibernating");
    assertThat(Json.encode(UserSummary.class, user)).contains("\"state\":\"hibernating\"");
  }

  @Test
  void knownEnumValueIsTheConstant() {
    UserState state = UserState.of("deactivated");
    assertThat(state).isSameAs(UserState.DEACTIVATED);
    assertThat(state.known()).isEqualTo(UserState.Known.DEACTIVATED);
    assertThat(state.value()).isEqualTo(UserState.Value.DEACTIVATED);
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBack() throws Exception {
    String json = "{\"tag\":{\"id\":\"TAG-1\",\"name\":\"n\",\"color\":\"red\"},\"value\":\"v\",\"weight\":1.5,\"flags\":[true,null]}";
    TagWithValue tag = Json.decode(TagWithValue.class, json);
    assertThat(tag.additionalProperties()).containsEntry("weight", 1.5);
    assertThat(tag.additionalProperties().get("flags")).isEqualTo(java.util.Arrays.asList(true, null));
    assertThat(tag.tag().additionalProperties()).containsEntry("color", "red");
    assertThat(Json.tree(Json.encode(TagWithValue.class, tag))).isEqualTo(Json.tree(json));
  }

  @Test
  void unionWithoutKnownMembersDecodesEveryWidgetAsUnknown() throws Exception {
    List<SnapWidget> widgets = Json.MOSHI.<List<SnapWidget>>adapter(
        com.squareup.moshi.Types.newParameterizedType(List.class, SnapWidget.class))
        .fromJson("[{\"type\":\"email_preview\",\"subject\":\"s\"}]");
    assertThat(widgets).singleElement().isInstanceOf(SnapWidget.Unknown.class);
    assertThat(widgets.get(0).type()).isEqualTo("email_preview");
  }

  @Test
  void numberBeyondDoubleInAnUnknownFieldIsKeptExactlyAndWrittenBack() throws Exception {
    String json = "{\"tag\":{\"id\":\"TAG-1\",\"name\":\"n\"},\"huge\":1e999999999}";
    TagWithValue tag = Json.decode(TagWithValue.class, json);
    assertThat(tag.additionalProperties().get("huge")).isEqualTo(new java.math.BigDecimal("1e999999999"));
    String again = Json.encode(TagWithValue.class, tag);
    assertThat(Json.decode(TagWithValue.class, again)).isEqualTo(tag);
  }

  @Test
  void labelAnywhereInTheObjectDecodesTheSameMember() throws Exception {
    UserSummary first = Json.decode(UserSummary.class, "{\"type\":\"dev_user\",\"id\":\"DEVU-1\",\"email\":\"a@b.c\"}");
    UserSummary last = Json.decode(UserSummary.class, "{\"id\":\"DEVU-1\",\"email\":\"a@b.c\",\"type\":\"dev_user\"}");
    assertThat(last).isInstanceOf(DevUserSummary.class).isEqualTo(first);
    assertThat(((DevUserSummary) last).additionalProperties()).isEmpty();
  }

  @Test
  void unknownMemberWithItsLabelLastKeepsTheLabelOnce() throws Exception {
    UserSummary user = Json.decode(UserSummary.class, "{\"id\":\"BOT-1\",\"type\":\"bot_user\"}");
    assertThat(user).isInstanceOf(UserSummary.Unknown.class);
    assertThat(user.type()).isEqualTo("bot_user");
    assertThat(Json.tree(Json.encode(UserSummary.class, user))).isEqualTo(Map.of("id", "BOT-1", "type", "bot_user"));
  }
}
