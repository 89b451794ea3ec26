package ai.devrev.sdk.cli;

import static ai.devrev.sdk.cli.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.DevRevMoshi;
import ai.devrev.sdk.simulator.DevRevSimulator;
import ai.devrev.sdk.simulator.DevRevSimulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CreatesConversationsTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev =
      new DevRevSimulatorExtension(DevRevSimulator.builder().requiredToken(CliRunner.TOKEN));

  @Test
  void printsTheCreatedConversationAsJsonThatDecodesBackWithTheTitleSent() throws IOException {
    CliRunner.Result result = cli().localSimulator(DevRevSimulator.start()).create("--title", "Hello");

    assertThat(result.exitCode()).isEqualTo(0);
    Conversation conversation = DevRevMoshi.create().adapter(Conversation.class).fromJson(result.out());
    assertThat(conversation.title()).contains("Hello");
    assertThat(conversation.id()).isNotBlank();
  }

  @Test
  void withoutATokenItUsesTheLocalSimulatorAndSaysSoOnOneLine() {
    DevRevSimulator local = DevRevSimulator.start();

    CliRunner.Result result = cli().localSimulator(local).create("--title", "Hello");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.errLines()).filteredOn(line -> line.contains("simulator")).singleElement().asString()
        .contains("No DEVREV_TOKEN or --token-file", local.baseUrl(), "nothing reaches DevRev");
    assertThat(SimulatorRequests.onlyBody(local)).containsEntry("title", "Hello");
  }

  @Test
  void printsWhatWasSentOnStderrSoStdoutStaysPureJson() {
    DevRevSimulator local = DevRevSimulator.start();

    CliRunner.Result result = cli().localSimulator(local).create("--title", "Hello", "--member", "DEVU-1");

    List<String> err = result.errLines();
    int post = err.indexOf("POST " + local.baseUrl() + "conversations.create");
    int status = err.size() - 1;
    assertThat(post).isNotNegative();
    assertThat(err.get(status)).startsWith("HTTP 201, request id req-");
    String sent = String.join("\n", err.subList(post + 1, status));
    assertThat(SimulatorRequests.json(sent)).isEqualTo(SimulatorRequests.onlyBody(local));
    assertThat(result.out().strip()).startsWith("{").endsWith("}").doesNotContain("POST");
  }

  @Test
  void summaryOutputShowsTheConversationInAFewLines() {
    CliRunner.Result result = cli().localSimulator(DevRevSimulator.start())
        .create("--title", "Printer on fire", "--output", "summary");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out().lines()).anySatisfy(line -> assertThat(line).matches("conversation +CONV-\\d+ \\(don:.*\\)"))
        .anySatisfy(line -> assertThat(line).matches("title +Printer on fire"))
        .anySatisfy(line -> assertThat(line).matches("stage +queued"));
  }

  @Test
  void withDevRevTokenItSendsToTheBaseUrlWithThatToken() {
    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl(), "--title", "Hello");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(SimulatorRequests.onlyExchange(devrev.simulator()).header("Authorization"))
        .contains("Bearer " + CliRunner.TOKEN);
    assertThat(result.err()).doesNotContain("simulator");
  }

  @Test
  void devrevBaseUrlFromTheEnvironmentStandsInForTheFlag() {
    CliRunner.Result result = cli().token().env("DEVREV_BASE_URL", devrev.baseUrl()).create("--title", "Hello");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(SimulatorRequests.onlyBody(devrev.simulator())).containsEntry("title", "Hello");
  }

  @Test
  void tokenFileIsUsedRatherThanTheEnvironment(@TempDir Path dir) throws IOException {
    Path tokenFile = Files.writeString(dir.resolve("token"), CliRunner.TOKEN + "\n");

    CliRunner.Result result = cli().env("DEVREV_TOKEN", "some-other-token-that-the-simulator-refuses")
        .create("--base-url", devrev.baseUrl(), "--token-file", tokenFile.toString(), "--title", "Hello");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(devrev.simulator().lastExchange().header("Authorization")).contains("Bearer " + CliRunner.TOKEN);
  }

  @Test
  void retriesFlagRetriesAServiceUnavailable() {
    devrev.simulator().enqueueError(503);

    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl(), "--retries", "1", "--title", "Hi");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(devrev.simulator().exchanges()).extracting(exchange -> exchange.status()).containsExactly(503, 201);
  }

  @Test
  void timeoutFlagAcceptsShortAndIsoDurations() {
    for (String timeout : List.of("30s", "PT30S", "1500ms", "2m")) {
      assertThat(cli().token().create("--base-url", devrev.baseUrl(), "--timeout", timeout).exitCode())
          .as(timeout).isEqualTo(0);
    }
  }

  @Test
  void helpDocumentsEveryExitCode() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"conversations", "create", "--help"})) {
      CliRunner.Result result = cli().run(args);

      assertThat(result.exitCode()).isEqualTo(0);
      assertThat(result.out()).contains("Exit codes:")
          .containsPattern("0 +created").containsPattern("2 +usage").containsPattern("3 +bad request")
          .containsPattern("4 +authentication").containsPattern("5 +rate limited").containsPattern("6 +DevRev failed")
          .containsPattern("7 +network").containsPattern("8 +anything else");
    }
  }

  @Test
  void versionNamesTheBuildAndTheApiVersion() {
    CliRunner.Result result = cli().run("--version");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).matches("(?s)devrev-cli \\S+ \\(DevRev API \\d{4}-\\d{2}-\\d{2}\\)\\s*");
  }
}
