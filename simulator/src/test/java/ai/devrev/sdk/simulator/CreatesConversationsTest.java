package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreatesConversationsTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension(DevRevSimulator.builder()
      .clock(Clock.fixed(Instant.parse("2024-01-24T10:00:00Z"), ZoneOffset.UTC)));

  @Test
  void aMinimalRequestGetsA201WithAFreshConversationWhoseOnlyMemberIsTheCreator() {
    Http.Reply first = Http.post(devrev.simulator(), "{\"type\":\"support\"}");
    Http.Reply second = Http.post(devrev.simulator(), "{\"type\":\"support\"}");

    assertThat(first.status).isEqualTo(201);
    JsonNode conversation = first.body.get("conversation");
    assertThat(conversation.get("id").asText()).matches("don:core:dvrv-us-1:devo/0:conversation/\\d+");
    assertThat(second.body.at("/conversation/id").asText()).isNotEqualTo(conversation.get("id").asText());
    assertThat(conversation.has("title")).isFalse();
    assertThat(conversation.has("messages")).isFalse();
    assertThat(conversation.get("members")).hasSize(1);
    assertThat(conversation.at("/members/0")).isEqualTo(conversation.get("created_by"));
  }

  @Test
  void datesComeFromTheSimulatorsClock() {
    JsonNode conversation = Http.post(devrev.simulator(), "{\"type\":\"support\"}").body.get("conversation");

    assertThat(conversation.get("created_date").asText()).isEqualTo("2024-01-24T10:00:00.000Z");
    assertThat(conversation.get("modified_date").asText()).isEqualTo("2024-01-24T10:00:00.000Z");
  }

  @Test
  void theSpecsFullRequestIsEchoedWhereDevRevWouldEchoIt() throws Exception {
    JsonNode request = new ObjectMapper(new YAMLFactory()).readTree(SpecValidators.ourSpec())
        .at("/paths/~1conversations.create/post/requestBody/content/application~1json/examples/full/value");

    Http.Reply reply = Http.post(devrev.simulator(), request.toString());

    assertThat(reply.status).isEqualTo(201);
    JsonNode conversation = reply.body.get("conversation");
    assertThat(conversation.get("title").asText()).isEqualTo(request.get("title").asText());
    assertThat(conversation.get("description").asText()).isEqualTo(request.get("description").asText());
    assertThat(conversation.at("/members/0/type").asText()).isEqualTo("dev_user");
    assertThat(conversation.at("/members/0/id").asText()).isEqualTo(request.at("/members/0").asText());
    assertThat(conversation.at("/owned_by/0/id").asText()).isEqualTo(request.at("/owned_by/0").asText());
    assertThat(conversation.at("/tags/0/tag/id").asText()).isEqualTo(request.at("/tags/0/id").asText());
    assertThat(conversation.at("/tags/0/value").asText()).isEqualTo("high");
    assertThat(conversation.at("/stage/name").asText()).isEqualTo("queued");
    assertThat(conversation.at("/channels/0/id").asText()).isEqualTo(request.at("/channels/0").asText());
    assertThat(conversation.at("/group/id").asText()).isEqualTo(request.get("group").asText());
    assertThat(conversation.at("/source_channel_v2/id").asText()).isEqualTo(request.get("source_channel_v2").asText());
    assertThat(conversation.at("/metadata/url_context").asText()).isEqualTo("https://example.com/help");
    assertThat(conversation.at("/messages/0/type").asText()).isEqualTo("timeline_comment");
    assertThat(conversation.at("/messages/0/body").asText()).isEqualTo("Help!");
    assertThat(conversation.at("/messages/0/object").asText()).isEqualTo(conversation.get("id").asText());
    assertThat(conversation.at("/messages/0/artifacts/0/id").asText()).isEqualTo(request.at("/messages/0/artifacts/0").asText());
  }

  @Test
  void aStageNamedInTheRequestReplacesTheDefault() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\",\"stage\":{\"name\":\"waiting_on_user\"}}");

    assertThat(reply.body.at("/conversation/stage/name").asText()).isEqualTo("waiting_on_user");
  }

  @Test
  void membersAreSummarisedByTheKindTheirIdNames() {
    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\",\"members\":["
        + "\"don:identity:dvrv-us-1:devo/0:devu/7\",\"don:identity:dvrv-us-1:devo/0:revo/1:revu/3\"]}");

    assertThat(reply.body.at("/conversation/members/0/type").asText()).isEqualTo("dev_user");
    assertThat(reply.body.at("/conversation/members/0/display_id").asText()).isEqualTo("DEVU-7");
    assertThat(reply.body.at("/conversation/members/1/type").asText()).isEqualTo("rev_user");
    assertThat(devrev.simulator().lastExchange().responseProblems()).isEmpty();
  }
}
