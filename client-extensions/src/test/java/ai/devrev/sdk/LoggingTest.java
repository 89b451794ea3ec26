package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Logs show the exchange at the level asked for, and never a token. */
class LoggingTest extends TestServer {

  private void createWith(LogLevel level) {
    server.enqueue(json(401, "{\"type\":\"unauthenticated\"}"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().logLevel(level).tokenProvider(TokenProvider.fromSupplier(() -> TOKEN)).build()) {
      client.conversations().create(ConversationsCreateRequest.builder().title("Logged title").build());
    } catch (RuntimeException expected) {
      // The second attempt repeats the same token, so the 401 surfaces; logging is what is checked here.
    }
  }

  @ParameterizedTest
  @EnumSource(LogLevel.class)
  void noLevelLogsTheToken(LogLevel level) {
    createWith(level);
    assertThat(logs).noneMatch(line -> line.contains(TOKEN));
  }

  @Test
  void noneLogsNothing() {
    createWith(LogLevel.NONE);
    assertThat(logs).isEmpty();
  }

  @Test
  void basicLogsRequestLineAndStatusOnly() {
    createWith(LogLevel.BASIC);
    assertThat(logs).anyMatch(line -> line.startsWith("--> POST http://") && line.endsWith("/conversations.create"));
    assertThat(logs).anyMatch(line -> line.startsWith("<-- 401 "));
    assertThat(logs).noneMatch(line -> line.contains("Logged title") || line.startsWith("Authorization"));
  }

  @Test
  void headersRedactAuthorizationAndOmitBodies() {
    createWith(LogLevel.HEADERS);
    assertThat(logs).contains("Authorization: " + Redactor.REDACTED);
    assertThat(logs).noneMatch(line -> line.contains("Logged title"));
  }

  @Test
  void bodyLevelLogsBodies() {
    createWith(LogLevel.BODY);
    assertThat(logs).anyMatch(line -> line.contains("\"title\":\"Logged title\""));
    assertThat(logs).anyMatch(line -> line.contains("unauthenticated"));
  }
}
