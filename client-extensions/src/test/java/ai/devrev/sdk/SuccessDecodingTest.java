package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** A 201 that cannot be made into a conversation still tells the caller what was created and where to look. */
class SuccessDecodingTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().build();

  private DevRevDecodingException fails(MockResponse answer) {
    server.enqueue(new MockResponse.Builder(answer).addHeader("x-request-id", "req-201").build());
    try (DevRevClient client = clientBuilder().build()) {
      return catchThrowableOfType(DevRevDecodingException.class, () -> client.conversations().create(REQUEST));
    }
  }

  @Test
  void aBodyThatIsNotJsonKeepsStatusRequestIdAndExcerpt() {
    DevRevDecodingException e = fails(json(201, "<html>Created</html>"));
    assertThat(e.statusCode()).isEqualTo(201);
    assertThat(e.requestId()).contains("req-201");
    assertThat(e.bodyExcerpt()).isEqualTo("<html>Created</html>");
    assertThat(e.conversationId()).isEmpty();
    assertThat(e.getMessage()).contains("HTTP 201").contains("req-201").contains("path $");
  }

  @Test
  void aBodyWithoutTheConversationSaysSo() {
    DevRevDecodingException e = fails(json(201, "{\"result\":\"ok\"}"));
    assertThat(e.getMessage()).contains("conversation");
  }

  @Test
  void aConversationWithoutIdSaysWhereItIsMissing() {
    DevRevDecodingException e = fails(json(201, "{\"conversation\":{\"display_id\":\"CONV-3\",\"members\":[]}}"));
    assertThat(e.getMessage()).contains("id");
    assertThat(e.conversationDisplayId()).contains("CONV-3");
  }

  @Test
  void aBodyCutShortStillGivesTheIdsReadBeforeTheCut() {
    String body = "{\"conversation\":{\"id\":\"don:core:C-7\",\"display_id\":\"CONV-7\",\"title\":\"cut here and";
    DevRevDecodingException e = fails(new MockResponse.Builder().code(201).body(body).build());
    assertThat(e.conversationId()).contains("don:core:C-7");
    assertThat(e.conversationDisplayId()).contains("CONV-7");
    assertThat(e.getMessage()).contains("was created");
  }

  @Test
  void aBodyThatBreaksOffMidReadIsADecodingFailureOfA201NotANetworkFailure() {
    DevRevDecodingException e = fails(new MockResponse.Builder(json(201, CREATED))
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    assertThat(e.statusCode()).isEqualTo(201);
    assertThat(e.mayHaveReachedServer()).isTrue();
  }

  @Test
  void trailingJsonAfterTheBodyIsRejected() {
    DevRevDecodingException e = fails(json(201, CREATED + CREATED));
    assertThat(e.getMessage()).contains("more JSON after the body");
    assertThat(e.conversationId()).contains("don:core:dvrv-us-1:devo/0:conversation/1");
  }
}
