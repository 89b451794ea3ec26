package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.api.ConversationsApi;
import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ErrorBadRequest;
import ai.devrev.sdk.model.JsonProblem;
import ai.devrev.sdk.model.JsonProblemsException;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A 201 always yields the conversation it created, requests arrive exactly as built, and every request
 * speaks DevRev's API version: through the whole client, against a server.
 */
class NothingLostTest extends TestServer {
  /** A 201 with one value of every odd sort outside what identifies the conversation. */
  private static final String ODD = "{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/9\","
      + "\"display_id\":\"CONV-9\",\"created_date\":\"2016-12-31T23:59:60Z\","
      + "\"modified_date\":\"yesterday\","
      + "\"members\":[{\"type\":\"robot_user\",\"id\":\"u\",\"state\":{\"code\":1}},null,"
      + "{\"type\":\"dev_user\",\"id\":\"DEVU-1\",\"display_picture\":{\"id\":\"a\",\"file\":{\"size\":3000000000}}}]}}";

  @Test
  void oddValuesOutsideTheConversationsIdentityAreSetAsideAndListed() {
    server.enqueue(json(201, ODD));
    try (DevRevClient client = clientBuilder().build()) {
      Conversation conversation = client.conversations().create(ConversationsCreateRequest.builder().build());
      assertThat(conversation.id()).isEqualTo("don:core:dvrv-us-1:devo/0:conversation/9");
      assertThat(conversation.createdDate()).isPresent();
      assertThat(conversation.modifiedDate()).as("a date that is not one reads as absent").isEmpty();
      assertThat(conversation.members()).hasSize(2);
      assertThat(conversation.problems()).extracting(JsonProblem::path)
          .contains("$.conversation.modified_date", "$.conversation.members[1]");
      assertThatThrownBy(conversation::validate).isInstanceOf(JsonProblemsException.class)
          .hasMessageContaining("$.conversation.modified_date");
    }
  }

  @Test
  void strictDecodingFailsNamingThePathAndKeepsTheConversationsId() {
    server.enqueue(json(201, ODD));
    try (DevRevClient client = clientBuilder().strictDecoding(true).build()) {
      DevRevDecodingException e = catchThrowableOfType(DevRevDecodingException.class,
          () -> client.conversations().create(ConversationsCreateRequest.builder().build()));
      assertThat(e.getMessage()).contains("$.conversation.");
      assertThat(e.conversationId()).contains("don:core:dvrv-us-1:devo/0:conversation/9");
    }
  }

  @Test
  void aConversationWhoseIdCannotBeReadIsADecodingFailure() {
    server.enqueue(json(201, "{\"conversation\":{\"id\":{\"not\":\"an id\"},\"display_id\":\"CONV-7\",\"members\":[]}}"));
    try (DevRevClient client = clientBuilder().build()) {
      DevRevDecodingException e = catchThrowableOfType(DevRevDecodingException.class,
          () -> client.conversations().create(ConversationsCreateRequest.builder().build()));
      assertThat(e.getMessage()).contains("$.conversation.id");
      assertThat(e.conversationDisplayId()).contains("CONV-7");
    }
  }

  @Test
  void anUnknownNestedKindKeepsItsOuterLabel() {
    server.enqueue(json(400, "{\"type\":\"customization_validation_error\",\"subtype\":\"future_subtype\",\"message\":\"m\"}"));
    try (DevRevClient client = clientBuilder().build()) {
      BadRequestException e = catchThrowableOfType(BadRequestException.class,
          () -> client.conversations().create(ConversationsCreateRequest.builder().build()));
      ErrorBadRequest error = e.error().orElseThrow();
      assertThat(error).isInstanceOf(ErrorBadRequest.CustomizationValidationError.Unknown.class);
      assertThat(((ErrorBadRequest.CustomizationValidationError.Unknown) error).raw())
          .containsEntry("type", "customization_validation_error").containsEntry("subtype", "future_subtype");
    }
  }

  @Test
  void aKnownKindMissingARequiredFieldIsStillThatKind() {
    server.enqueue(json(400, "{\"type\":\"invalid_field\",\"message\":\"no field_name\"}"));
    try (DevRevClient client = clientBuilder().build()) {
      BadRequestException e = catchThrowableOfType(BadRequestException.class,
          () -> client.conversations().create(ConversationsCreateRequest.builder().build()));
      assertThat(e.error()).containsInstanceOf(ErrorBadRequest.InvalidField.class);
      assertThat(e.error().orElseThrow().problems()).extracting(JsonProblem::path).contains("$.field_name");
    }
  }

  @Test
  void nullsTheCallerPutInAreSentAndAbsentFieldsStayAbsent() throws Exception {
    server.enqueue(created());
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("b", null);
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("tnt__a", null);
    custom.put("tnt__n", nested);
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(ConversationsCreateRequest.builder().customFields(custom)
          .putAdditionalProperty("x", null).build());
    }
    assertThat(take().getBody().utf8())
        .isEqualTo("{\"type\":\"support\",\"custom_fields\":{\"tnt__a\":null,\"tnt__n\":{\"b\":null}},\"x\":null}");
  }

  @Test
  void aLoneSurrogateIsRefusedBeforeAnythingIsSent() {
    try (DevRevClient client = clientBuilder().build()) {
      assertThatThrownBy(() -> client.conversations().create(ConversationsCreateRequest.builder().title("bad \ud800").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("$.title");
      assertThat(catchThrowableOfType(java.util.concurrent.CompletionException.class,
          () -> client.conversations().createAsync(ConversationsCreateRequest.builder().title("\udc00").build()).join())
          .getCause()).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anIllegalArgumentFromElsewhereInThePipelineIsAFailedCallNotARefusedRequest() {
    okhttp3.OkHttpClient throwing = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
      throw new IllegalArgumentException("a caller's interceptor failed");
    }).build();
    try (DevRevClient client = clientBuilder().httpClient(throwing).build()) {
      DevRevIoException e = catchThrowableOfType(DevRevIoException.class,
          () -> client.conversations().create(ConversationsCreateRequest.builder().title("t").build()));
      assertThat(e.mayHaveReachedServer()).as("nothing says it stayed here").isTrue();
      assertThat(e).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void everyRequestSpeaksDevRevsApiVersion() throws Exception {
    server.enqueue(json(429, "{\"type\":\"too_many_requests\"}"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(ConversationsCreateRequest.builder().build());
    }
    for (int i = 0; i < 2; i++) {
      RecordedRequest request = take();
      assertThat(request.getHeaders().get(ConversationsApi.API_VERSION_HEADER)).isEqualTo("2024-01-24");
    }
  }
}
