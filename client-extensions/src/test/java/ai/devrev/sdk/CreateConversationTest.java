package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.DevUserSummary;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The happy path and what every request carries. */
class CreateConversationTest extends TestServer {

  @Test
  void createsConversationAndReturnsIt() throws Exception {
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      Conversation conversation = client.conversations().create(ConversationsCreateRequest.builder().title("Hello").build());
      assertThat(conversation.id()).isEqualTo("don:core:dvrv-us-1:devo/0:conversation/1");
      assertThat(conversation.title()).contains("Hello");
      assertThat(conversation.members()).singleElement().isInstanceOf(DevUserSummary.class);
    }
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/conversations.create");
    assertThat(request.getBody().utf8()).isEqualTo("{\"type\":\"support\",\"title\":\"Hello\"}");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void sendsTheBearerTokenAndUserAgent() throws Exception {
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(ConversationsCreateRequest.builder().build());
    }
    RecordedRequest request = take();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("User-Agent")).matches("devrev-java/1\\.0\\.0-2024-01-24 \\(Java .+\\)");
  }

  @Test
  void keepsTheBasePathOfTheBaseUrl() throws Exception {
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().baseUrl(server.url("/proxy/devrev").toString()).build()) {
      client.conversations().create(ConversationsCreateRequest.builder().build());
    }
    assertThat(take().getUrl().encodedPath()).isEqualTo("/proxy/devrev/conversations.create");
  }

  @Test
  void rawResponseGivesStatusHeadersAndRequestId() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder(created()).addHeader("X-RateLimit-Remaining", "41").build());
    try (DevRevClient client = clientBuilder().build()) {
      DevRevResponse<ConversationsCreateResponse> response = client.conversations().createRaw(ConversationsCreateRequest.builder().build());
      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(response.requestId()).contains("req-1");
      assertThat(response.header("x-ratelimit-remaining")).contains("41");
      assertThat(response.body().conversation().displayId()).contains("CONV-1");
    }
  }

  @Test
  void createAsyncCompletesWithTheConversation() throws Exception {
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      Conversation conversation = client.conversations().createAsync(ConversationsCreateRequest.builder().build())
          .get(5, TimeUnit.SECONDS);
      assertThat(conversation.id()).endsWith("conversation/1");
    }
  }

  @Test
  void createAsyncFailsWithTheSameExceptionTypes() {
    server.enqueue(json(400, "{\"type\":\"missing_required_field\",\"field_name\":\"type\",\"message\":\"m\"}"));
    try (DevRevClient client = clientBuilder().build()) {
      assertThatThrownBy(() -> client.conversations().createAsync(ConversationsCreateRequest.builder().build()).join())
          .isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(BadRequestException.class);
    }
  }

  @Test
  void keepsOurInterceptorsOnACallersOwnHttpClient() throws Exception {
    server.enqueue(created());
    OkHttpClient own = new OkHttpClient.Builder().build();
    try (DevRevClient client = clientBuilder().httpClient(own).build()) {
      client.conversations().create(ConversationsCreateRequest.builder().build());
    }
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(own.dispatcher().executorService().isShutdown()).as("the caller's client stays open").isFalse();
  }

  @Test
  void fromEnvReadsTokenAndBaseUrl() throws Exception {
    server.enqueue(created());
    try (DevRevClient client = DevRevClient.builder().fromEnv(Map.of("DEVREV_TOKEN", TOKEN, "DEVREV_BASE_URL", server.url("/").toString())).build()) {
      assertThat(client.baseUrl()).isEqualTo(server.url("/").toString());
      client.conversations().create(ConversationsCreateRequest.builder().build());
    }
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void settingsGivenAfterFromEnvWinOverTheEnvironment() throws Exception {
    server.enqueue(created());
    try (DevRevClient client = DevRevClient.builder().fromEnv().baseUrl(server.url("/").toString()).token(TOKEN).build()) {
      client.conversations().create(ConversationsCreateRequest.builder().build());
    }
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void createRawAsyncWithoutOptionsGivesTheWholeResponseWithEveryHeader() throws Exception {
    server.enqueue(new MockResponse.Builder(created()).addHeader("Set-Cookie", "session=abc").addHeader("X-Thing", "1").build());
    try (DevRevClient client = clientBuilder().build()) {
      DevRevResponse<ConversationsCreateResponse> response = client.conversations()
          .createRawAsync(ConversationsCreateRequest.builder().build()).get(5, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(response.body().conversation().id()).endsWith("conversation/1");
      assertThat(response.headers()).containsEntry("set-cookie", java.util.List.of("session=abc"))
          .containsEntry("x-thing", java.util.List.of("1"));
      assertThat(response.header("SET-COOKIE")).contains("session=abc");
    }
  }

  @Test
  void perCallOptionsTravelOnTheClientsOwnConnections() throws Exception {
    server.enqueue(created());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(ConversationsCreateRequest.builder().build());
      client.conversations().create(ConversationsCreateRequest.builder().build(),
          RequestOptions.builder().timeout(java.time.Duration.ofSeconds(7)).maxRetries(0).build());
    }
    RecordedRequest first = take();
    RecordedRequest second = take();
    assertThat(second.getConnectionIndex()).as("no client of its own for the call with options").isEqualTo(first.getConnectionIndex());
    assertThat(second.getExchangeIndex()).isEqualTo(first.getExchangeIndex() + 1);
  }

  @Test
  void fromEnvWithoutATokenSaysWhatIsMissing() {
    assertThatThrownBy(() -> DevRevClient.builder().fromEnv(Map.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DEVREV_TOKEN");
  }

  @Test
  void defaultsToDevRevsApi() {
    try (DevRevClient client = DevRevClient.builder().token(TOKEN).build()) {
      assertThat(client.baseUrl()).isEqualTo("https://api.devrev.ai/");
    }
  }
}
