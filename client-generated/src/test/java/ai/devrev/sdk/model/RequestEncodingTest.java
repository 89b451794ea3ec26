package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the client sends: absent fields are omitted, never null; everything round-trips. */
class RequestEncodingTest {

  @Test
  void minimalRequestIsJustTheType() {
    ConversationsCreateRequest request = ConversationsCreateRequest.builder().build();
    assertThat(Json.encode(ConversationsCreateRequest.class, request)).isEqualTo("{\"type\":\"support\"}");
  }

  @Test
  void fullRequestRoundTripsToEqualJson() throws Exception {
    String json = Json.resource("full-request.json");
    ConversationsCreateRequest request = Json.decode(ConversationsCreateRequest.class, json);
    assertThat(request.title()).contains("Printer on fire");
    assertThat(request.isSpam()).contains(false);
    assertThat(request.members()).containsExactly("don:identity:dvrv-us-1:devo/0:devu/1");
    assertThat(request.tags()).singleElement().satisfies(tag -> assertThat(tag.value()).contains("high"));
    assertThat(request.customSchemaSpec().orElseThrow().tenantFragment()).contains(true);
    assertThat(request.additionalProperties()).isEmpty();
    assertThat(Json.tree(Json.encode(ConversationsCreateRequest.class, request))).isEqualTo(Json.tree(json));
  }

  @Test
  void builtRequestEncodesEveryField() throws Exception {
    ConversationsCreateRequest built = ConversationsCreateRequest.builder()
        .brand("don:core:dvrv-us-1:devo/0:brand/1")
        .channels(List.of("don:core:dvrv-us-1:devo/0:channel/1"))
        .customFields(Map.of("tnt__priority", 3))
        .customSchemaSpec(CustomSchemaSpec.builder().apps(List.of("support")).subtype("escalation")
            .tenantFragment(true).validateRequiredFields(true).build())
        .description("The printer on floor 3 is on fire.")
        .group("don:identity:dvrv-us-1:devo/0:group/1")
        .isSpam(false)
        .members(List.of("don:identity:dvrv-us-1:devo/0:devu/1"))
        .messages(List.of(ConversationsCreateRequest.Message.builder().body("Help!")
            .artifacts(List.of("don:core:dvrv-us-1:devo/0:artifact/1")).build()))
        .metadata(ConversationsCreateRequest.Metadata.builder().urlContext("https://example.com/help").build())
        .ownedBy(List.of("don:identity:dvrv-us-1:devo/0:devu/2"))
        .sourceChannel("email")
        .sourceChannelV2("don:core:dvrv-us-1:devo/0:channel/2")
        .stage(StageInit.builder().name("queued").build())
        .tags(List.of(SetTagWithValue.builder().id("don:core:dvrv-us-1:devo/0:tag/1").value("high").build()))
        .title("Printer on fire")
        .build();
    assertThat(Json.tree(Json.encode(ConversationsCreateRequest.class, built)))
        .isEqualTo(Json.tree(Json.resource("full-request.json")));
  }

  @Test
  void customFieldsKeepIntegersExact() throws Exception {
    String json = "{\"type\":\"support\",\"custom_fields\":{\"big\":12345678901234567890,\"one\":1,\"half\":0.5,\"list\":[1,2]}}";
    ConversationsCreateRequest request = Json.decode(ConversationsCreateRequest.class, json);
    Map<String, Object> fields = request.customFields().orElseThrow();
    assertThat(fields.get("big")).isEqualTo(new BigInteger("12345678901234567890"));
    assertThat(fields.get("one")).isEqualTo(1L);
    assertThat(fields.get("half")).isEqualTo(0.5);
    assertThat(Json.encode(ConversationsCreateRequest.class, request)).isEqualTo(json);
  }

  @Test
  void datesKeepTheirInstantInEveryRfc3339Form() throws Exception {
    OffsetDateTime expected = OffsetDateTime.parse("2023-01-01T12:00:00Z");
    for (String form : List.of("2023-01-01T12:00:00Z", "2023-01-01T12:00:00.000Z", "2023-01-01t12:00:00z",
        "2023-01-01T13:30:00+01:30", "2023-01-01T07:00:00.000000000-05:00")) {
      Conversation base = Json.decode(Conversation.class, "{\"id\":\"A\",\"members\":[],\"created_date\":\"" + form + "\"}");
      assertThat(base.createdDate().orElseThrow().toInstant()).as(form).isEqualTo(expected.toInstant());
    }
    Conversation base = Conversation.builder().id("A").members(List.of())
        .createdDate(OffsetDateTime.parse("2023-01-01T12:00:00.123456Z")).build();
    assertThat(Json.encode(Conversation.class, base)).contains("\"created_date\":\"2023-01-01T12:00:00.123456Z\"");
    assertThat(Json.encode(Conversation.class, base.toBuilder().createdDate(expected).build()))
        .contains("\"created_date\":\"2023-01-01T12:00:00.000Z\"");
  }

  @Test
  void buildRefusesAMissingRequiredField() {
    assertThatThrownBy(() -> SetTagWithValue.builder().value("v").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SetTagWithValue.id");
  }

  @Test
  void modelsAreValuesWithReadableToString() {
    SetTagWithValue a = SetTagWithValue.builder().id("TAG-1").value("v").build();
    SetTagWithValue b = a.toBuilder().build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toBuilder().value("w").build()).isNotEqualTo(a);
    assertThat(a).hasToString("SetTagWithValue{id=TAG-1, value=v}");
  }

  @Test
  void listsHandedToABuilderCannotChangeTheModel() {
    java.util.List<String> members = new java.util.ArrayList<>(List.of("DEVU-1"));
    ConversationsCreateRequest request = ConversationsCreateRequest.builder().members(members).build();
    members.add("DEVU-2");
    assertThat(request.members()).containsExactly("DEVU-1");
    assertThatThrownBy(() -> request.members().add("DEVU-3")).isInstanceOf(UnsupportedOperationException.class);
  }
}
