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

  @Test
  void headersLevelShowsHeadersOfBothDirectionsButNoBody() {
    createWith(LogLevel.HEADERS);
    assertThat(logs).anyMatch(line -> line.startsWith("User-Agent: devrev-java/"));
    assertThat(logs).anyMatch(line -> line.startsWith("Content-Type: application/json"));
    assertThat(logs).noneMatch(line -> line.contains("unauthenticated"));
  }

  @Test
  void basicLevelShowsNoHeader() {
    createWith(LogLevel.BASIC);
    assertThat(logs).noneMatch(line -> line.startsWith("User-Agent") || line.startsWith("Authorization"));
    assertThat(logs).allMatch(line -> line.startsWith("--> ") || line.startsWith("<-- "));
  }

  @Test
  void aLongBodyIsCutAndSaysHowLongItWas() {
    server.enqueue(json(201, CREATED.replace("Hello", "x".repeat(10_000))));
    try (DevRevClient client = clientBuilder().logLevel(LogLevel.BODY).build()) {
      client.conversations().create(ConversationsCreateRequest.builder().build());
    }
    assertThat(logs).anyMatch(line -> line.endsWith("… (4097+ bytes)") && line.length() < 4200);
  }

  @Test
  void aFailedAttemptIsLoggedWithItsCause() {
    server.enqueue(new mockwebserver3.MockResponse.Builder().onResponseStart(new mockwebserver3.SocketEffect.CloseSocket()).build());
    try (DevRevClient client = clientBuilder().logLevel(LogLevel.BASIC).build()) {
      client.conversations().create(ConversationsCreateRequest.builder().build());
    } catch (DevRevIoException expected) {
      // What was logged is the point.
    }
    assertThat(logs).anyMatch(line -> line.startsWith("<-- FAILED ") && !line.contains("MayHaveReachedServer"));
  }
}
