package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * What the client renders is safe to show: no password from the base URL, no token a server echoed, no
 * control character that could forge a log line or drive a terminal.
 */
class RedactionTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().build();

  @Test
  void aBaseUrlWithAPasswordIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> DevRevClient.builder().token(TOKEN).baseUrl("http://alice:S3cret@127.0.0.1:8080/").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user name or password")
        .hasMessageNotContaining("S3cret");
    assertThatThrownBy(() -> DevRevClient.builder().token(TOKEN).baseUrl("ht!tp://alice:S3cret@x/").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("S3cret");
  }

  @Test
  void aTokenEchoedByTheServerIsRedactedFromEverythingRendered() {
    server.enqueue(new MockResponse.Builder(json(403, "{\"type\":\"forbidden\",\"message\":\"token " + TOKEN + " may not\","
        + "\"detail\":\"" + TOKEN + "\"}")).addHeader("x-request-id", "r-" + TOKEN).build());
    server.enqueue(new MockResponse.Builder(json(201, CREATED.replace("Hello", "echo " + TOKEN))).build());
    try (DevRevClient client = clientBuilder().logLevel(LogLevel.BODY).maxRetries(0).build()) {
      ForbiddenException e = catchThrowableOfType(ForbiddenException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.getMessage()).doesNotContain(TOKEN).contains(Redactor.REDACTED);
      assertThat(e.bodyExcerpt()).doesNotContain(TOKEN).contains(Redactor.REDACTED);
      assertThat(e.toString()).doesNotContain(TOKEN);
      DevRevResponse<?> response = client.conversations().createRaw(REQUEST);
      assertThat(response.toString()).doesNotContain(TOKEN).contains("echo " + Redactor.REDACTED);
    }
    assertThat(logs).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
  }

  @Test
  void controlCharactersFromTheServerAreEscapedInMessages() {
    server.enqueue(new MockResponse.Builder(json(400, "{\"type\":\"bad_request\",\"message\":\"line\\r\\nFAKE: \\u001b[31mred\"}"))
        .addHeaderLenient("x-request-id", "id\u001b[2J").build());
    try (DevRevClient client = clientBuilder().logLevel(LogLevel.HEADERS).build()) {
      BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.getMessage()).doesNotContain("\r", "\n", "\u001b").contains("line\\r\\nFAKE: \\u001b[31mred").contains("id\\u001b[2J");
      assertThat(e.errorMessage()).contains("line\r\nFAKE: \u001b[31mred"); // the data as sent
    }
    assertThat(logs).noneMatch(line -> line.contains("\u001b") || line.contains("\n"));
  }

  @Test
  void toStringsNeverShowTheToken() {
    try (DevRevClient client = clientBuilder().build()) {
      assertThat(client.toString()).doesNotContain(TOKEN);
    }
    assertThat(clientBuilder().toString()).doesNotContain(TOKEN);
    assertThat(TokenProvider.of(TOKEN).toString()).doesNotContain(TOKEN);
  }

  @Test
  void escapesWhatWouldMoveATerminal() {
    assertThat(Redactor.printable("a\u001b[2Jb\u202ec\td")).isEqualTo("a\\u001b[2Jb\\u202ec\\td");
    assertThat(Redactor.printable("plain é ✓")).isEqualTo("plain é ✓");
    assertThat(Redactor.printable(null)).isNull();
  }

  @Test
  void shortTokensAreNotSearchedFor() {
    Redactor redactor = new Redactor();
    redactor.remember("any");
    redactor.remember("long-enough-token");
    assertThat(redactor.redact("many long-enough-token")).isEqualTo("many " + Redactor.REDACTED);
  }
}
