package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Tokens: where they go, where they never go, and how they rotate. */
class AuthTest extends TestServer {
  private static final String UNAUTHENTICATED = "{\"type\":\"unauthenticated\",\"message\":\"Token expired.\"}";

  @Test
  void rotatingTokenIsRefreshedOnceOn401AndTheCallRepeated() throws Exception {
    Queue<String> tokens = new ArrayDeque<>(List.of("old-token", "new-token"));
    server.enqueue(json(401, UNAUTHENTICATED));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().tokenProvider(TokenProvider.fromSupplier(tokens::remove)).build()) {
      client.conversations().create(ConversationsCreateRequest.builder().build());
    }
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer old-token");
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer new-token");
  }

  @Test
  void fixedTokenIsNotRepeatedOn401() {
    server.enqueue(json(401, UNAUTHENTICATED));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
          () -> client.conversations().create(ConversationsCreateRequest.builder().build()));
      assertThat(e.errorMessage()).contains("Token expired.");
      assertThat(e.getMessage()).doesNotContain(TOKEN);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void refusesPlainHttpToAHostThatIsNotThisMachine() {
    assertThatThrownBy(() -> DevRevClient.builder().token(TOKEN).baseUrl("http://api.devrev.ai/").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unencrypted")
        .hasMessageNotContaining(TOKEN);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void allowsPlainHttpToLoopback() {
    for (String url : List.of("http://localhost:1/", "http://127.0.0.1:1/", "http://[::1]:1/")) {
      try (DevRevClient client = DevRevClient.builder().token(TOKEN).baseUrl(url).build()) {
        assertThat(client.baseUrl()).isEqualTo(url);
      }
    }
  }

  @Test
  void doesNotSendTheTokenToAnotherHostOnRedirect() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start(0);
      other.enqueue(created());
      String elsewhere = "http://127.0.0.1:" + other.getPort() + "/conversations.create";
      server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", elsewhere).build());
      try (DevRevClient client = clientBuilder().baseUrl("http://localhost:" + server.getPort() + "/").build()) {
        client.conversations().create(ConversationsCreateRequest.builder().build());
      }
      assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
      RecordedRequest redirected = other.takeRequest();
      assertThat(redirected.getHeaders().get("Authorization")).isNull();
    }
  }

  @Test
  void noToStringShowsTheToken() {
    DevRevClient.Builder builder = clientBuilder();
    try (DevRevClient client = builder.build()) {
      assertThat(client.toString()).doesNotContain(TOKEN).contains("redacted");
      assertThat(builder.toString()).doesNotContain(TOKEN);
      assertThat(TokenProvider.of(TOKEN).toString()).doesNotContain(TOKEN);
    }
  }

  @Test
  void aTokenThatCannotBeAHeaderIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> TokenProvider.of("abc\ndef")).hasMessageNotContaining("abc");
    assertThatThrownBy(() -> DevRevClient.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token");
  }
}
