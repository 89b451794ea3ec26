package ai.devrev.sdk.contract;

import static ai.devrev.sdk.contract.Contract.ID;
import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.DevRevResponse;
import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.CustomSchemaSpec;
import ai.devrev.sdk.model.DevUserSummary;
import ai.devrev.sdk.model.RevUserSummary;
import ai.devrev.sdk.model.ServiceAccountSummary;
import ai.devrev.sdk.model.SetTagWithValue;
import ai.devrev.sdk.model.StageInit;
import ai.devrev.sdk.model.TimelineComment;
import ai.devrev.sdk.model.UserSummary;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The two successful creates: the smallest request and one with every field. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contract.PROVIDER, pactVersion = PactSpecVersion.V4)
class CreateConversationPactTest {
  private static final String DEV_USER = "don:identity:dvrv-us-1:devo/0:devu/1";
  private static final String REV_USER = "don:identity:dvrv-us-1:devo/0:revo/1:revu/1";
  private static final String SERVICE_ACCOUNT = "don:identity:dvrv-us-1:devo/0:svcacc/1";
  private static final String OWNER = "don:identity:dvrv-us-1:devo/0:devu/2";
  private static final String ARTIFACT = "don:core:dvrv-us-1:devo/0:artifact/1";
  private static final String TAG = "don:core:dvrv-us-1:devo/0:tag/1";
  private static final String CHANNEL = "don:core:dvrv-us-1:devo/0:channel/1";
  private static final String SOURCE_CHANNEL = "don:core:dvrv-us-1:devo/0:channel/2";
  private static final String GROUP = "don:identity:dvrv-us-1:devo/0:group/1";
  private static final String BRAND = "don:core:dvrv-us-1:devo/0:brand/1";

  /** A created conversation always has an id and its members (the document's required fields); nothing else is promised. */
  @Pact(consumer = Contract.CONSUMER)
  V4Pact minimal(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonBody conversation = body.object("conversation")
        .stringMatcher("id", ID, "don:core:dvrv-us-1:devo/0:conversation/1");
    Bodies.users(conversation, "members", DEV_USER);
    conversation.closeObject();
    return Bodies.respond(Bodies.create(builder, Contract.STATE_ACCEPTS,
            "a request to create a support conversation with only its type", Bodies.minimalRequest()), 201)
        .body(body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "minimal")
  void theMinimalRequestCreatesAConversation(MockServer server) {
    DevRevResponse<ConversationsCreateResponse> response;
    try (DevRevClient client = Clients.against(server)) {
      response = client.conversations()
          .createRaw(ConversationsCreateRequest.builder().type(ConversationsCreateRequest.Type.SUPPORT).build());
    }

    Conversation conversation = response.body().conversation();
    assertThat(conversation.id()).isEqualTo("don:core:dvrv-us-1:devo/0:conversation/1");
    assertThat(conversation.members()).singleElement().isInstanceOf(DevUserSummary.class);
    assertThat(response.requestId()).contains("req-7f3a9c2e");
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact full(PactDslWithProvider builder) {
    PactDslJsonBody request = new PactDslJsonBody()
        .stringValue("type", "support")
        .stringValue("brand", BRAND)
        .array("channels").stringValue(CHANNEL).closeArray().asBody()
        .object("custom_fields").integerType("tnt__priority", 3).closeObject().asBody()
        .object("custom_schema_spec")
        .array("apps").stringValue("support").closeArray().asBody()
        .stringValue("subtype", "escalation")
        .booleanValue("tenant_fragment", true)
        .booleanValue("validate_required_fields", true)
        .closeObject().asBody()
        .stringValue("description", "The printer on floor 3 is on fire.")
        .stringValue("group", GROUP)
        .booleanValue("is_spam", false)
        .array("members").stringValue(DEV_USER).stringValue(REV_USER).stringValue(SERVICE_ACCOUNT).closeArray().asBody()
        .array("messages").object()
        .array("artifacts").stringValue(ARTIFACT).closeArray().asBody()
        .stringValue("body", "Help!")
        .closeObject().closeArray().asBody()
        .object("metadata").stringValue("url_context", "https://example.com/help").closeObject().asBody()
        .array("owned_by").stringValue(OWNER).closeArray().asBody()
        .stringValue("source_channel", "email")
        .stringValue("source_channel_v2", SOURCE_CHANNEL)
        .object("stage").stringValue("name", "queued").closeObject().asBody()
        .array("tags").object().stringValue("id", TAG).stringValue("value", "high").closeObject().closeArray().asBody()
        .stringValue("title", "Printer on fire");

    // The state makes every id the request names exist, so the conversation holds what the request set;
    // how DevRev renders it (display ids, names, dates) and what it adds (references, an SLA) is not pinned.
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonBody conversation = body.object("conversation")
        .stringMatcher("id", ID, "don:core:dvrv-us-1:devo/0:conversation/1")
        .stringValue("title", "Printer on fire")
        .stringValue("description", "The printer on floor 3 is on fire.")
        .stringValue("source_channel", "email");
    Bodies.usersContaining(conversation, "members",
        new String[][] {{"dev_user", DEV_USER}, {"rev_user", REV_USER}, {"service_account", SERVICE_ACCOUNT}});
    Bodies.usersContaining(conversation, "owned_by", new String[][] {{"dev_user", OWNER}});
    conversation.minArrayLike("channels", 1).stringMatcher("id", ID, CHANNEL).closeObject().closeArray();
    conversation.object("group").stringMatcher("id", ID, GROUP).closeObject();
    conversation.object("source_channel_v2").stringMatcher("id", ID, SOURCE_CHANNEL).closeObject();
    conversation.object("metadata").stringValue("url_context", "https://example.com/help").closeObject();
    conversation.object("stage").stringValue("name", "queued").closeObject();
    conversation.minArrayLike("tags", 1)
        .object("tag").stringMatcher("id", ID, TAG).stringType("name", "hardware").closeObject().asBody()
        .stringValue("value", "high")
        .closeObject().closeArray();
    PactDslJsonBody comment = conversation.minArrayLike("messages", 1)
        .stringValue("type", "timeline_comment")
        .stringMatcher("id", ID, "don:core:dvrv-us-1:devo/0:comment/1")
        .stringMatcher("object", ID, "don:core:dvrv-us-1:devo/0:conversation/1")
        .stringType("object_display_id", "CONV-1")
        .stringValue("body", "Help!");
    comment.minArrayLike("artifacts", 1).stringMatcher("id", ID, ARTIFACT).closeObject().closeArray();
    comment.closeObject().closeArray();
    conversation.closeObject();

    return Bodies.respond(Bodies.create(builder, Contract.STATE_KNOWS_EVERYTHING,
            "a request to create a support conversation with every field set", request), 201)
        .body(body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "full")
  void everyRequestFieldIsSentAndTheFullConversationDecodes(MockServer server) {
    ConversationsCreateRequest request = ConversationsCreateRequest.builder()
        .type(ConversationsCreateRequest.Type.SUPPORT)
        .brand(BRAND)
        .channels(List.of(CHANNEL))
        .customFields(Map.of("tnt__priority", 3))
        .customSchemaSpec(CustomSchemaSpec.builder().apps(List.of("support")).subtype("escalation")
            .tenantFragment(true).validateRequiredFields(true).build())
        .description("The printer on floor 3 is on fire.")
        .group(GROUP)
        .isSpam(false)
        .members(List.of(DEV_USER, REV_USER, SERVICE_ACCOUNT))
        .messages(List.of(ConversationsCreateRequest.Message.builder().artifacts(List.of(ARTIFACT)).body("Help!").build()))
        .metadata(ConversationsCreateRequest.Metadata.builder().urlContext("https://example.com/help").build())
        .ownedBy(List.of(OWNER))
        .sourceChannel("email")
        .sourceChannelV2(SOURCE_CHANNEL)
        .stage(StageInit.builder().name("queued").build())
        .tags(List.of(SetTagWithValue.builder().id(TAG).value("high").build()))
        .title("Printer on fire")
        .build();

    Conversation conversation;
    try (DevRevClient client = Clients.against(server)) {
      conversation = client.conversations().create(request);
    }

    assertThat(conversation.title()).contains("Printer on fire");
    assertThat(conversation.members()).hasSize(3).hasOnlyElementsOfTypes(
        DevUserSummary.class, RevUserSummary.class, ServiceAccountSummary.class);
    assertThat(conversation.members()).filteredOn(RevUserSummary.class::isInstance).singleElement()
        .satisfies(user -> assertThat(user.id()).isEqualTo(REV_USER));
    assertThat(conversation.ownedBy()).extracting(UserSummary::id).containsExactly(OWNER);
    assertThat(conversation.messages()).first().isInstanceOfSatisfying(TimelineComment.class, comment -> {
      assertThat(comment.body()).contains("Help!");
      assertThat(comment.artifacts()).extracting(artifact -> artifact.id()).containsExactly(ARTIFACT);
    });
    assertThat(conversation.tags()).singleElement().satisfies(tag -> {
      assertThat(tag.tag().id()).isEqualTo(TAG);
      assertThat(tag.value()).contains("high");
    });
    assertThat(conversation.stage()).hasValueSatisfying(stage -> assertThat(stage.name()).isEqualTo("queued"));
    assertThat(conversation.group()).hasValueSatisfying(group -> assertThat(group.id()).isEqualTo(GROUP));
    assertThat(conversation.metadata()).hasValueSatisfying(metadata ->
        assertThat(metadata.urlContext()).contains("https://example.com/help"));
  }
}
