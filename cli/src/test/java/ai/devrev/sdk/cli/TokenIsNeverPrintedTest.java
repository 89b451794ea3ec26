package ai.devrev.sdk.cli;

import static ai.devrev.sdk.cli.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.simulator.DevRevSimulator;
import ai.devrev.sdk.simulator.DevRevSimulatorExtension;
import ai.devrev.sdk.simulator.SimulatedError;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TokenIsNeverPrintedTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev =
      new DevRevSimulatorExtension(DevRevSimulator.builder().requiredToken(CliRunner.TOKEN));

  @Test
  void verboseShowsTheHttpExchangeWithTheTokenRedacted() {
    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl(), "--title", "Hello", "-vv");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).contains("--> POST " + devrev.baseUrl() + "conversations.create", "Authorization: ██",
        "<-- 201 ", "\"title\":\"Hello\"");
    assertThat(result.all()).doesNotContain(CliRunner.TOKEN);
  }

  @Test
  void oneVerboseFlagShowsHeadersButNotBodies() {
    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl(), "--title", "Hello", "-v");

    assertThat(result.err()).contains("Authorization: ██").doesNotContain("\"title\":\"Hello\"");
    assertThat(result.all()).doesNotContain(CliRunner.TOKEN);
  }

  @Test
  void withoutVerboseNoHttpLogIsShown() {
    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl(), "--title", "Hello");

    assertThat(result.err()).doesNotContain("-->", "Authorization");
  }

  @ParameterizedTest
  @EnumSource(SimulatedError.class)
  void tokenIsNeverPrintedOnAnyErrorEvenWithVerbose(SimulatedError error) {
    devrev.simulator().enqueue(error);

    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl(), "--retries", "0", "-vv");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.all()).doesNotContain(CliRunner.TOKEN);
  }

  @Test
  void aRefusedTokenIsNotPrinted() {
    CliRunner.Result result = cli().env("DEVREV_TOKEN", "a-wrong-but-secret-token-123")
        .create("--base-url", devrev.baseUrl(), "-vv");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
    assertThat(result.all()).doesNotContain("a-wrong-but-secret-token-123");
  }

  @Test
  void tokenFromAFileIsNeverPrinted(@TempDir Path dir) throws IOException {
    Path tokenFile = Files.writeString(dir.resolve("token"), CliRunner.TOKEN);

    CliRunner.Result result = cli().create("--base-url", devrev.baseUrl(), "--token-file", tokenFile.toString(), "-vv");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.all()).doesNotContain(CliRunner.TOKEN);
  }

  @Test
  void aTokenEchoedByTheServerIsRedactedFromTheErrorLine() throws IOException {
    HttpServer server = FailuresTest.answering(400,
        "{\"type\":\"bad_request\",\"message\":\"token " + CliRunner.TOKEN + " is odd\"}");
    try {
      CliRunner.Result result = cli().token().create("--base-url", FailuresTest.baseUrl(server), "-vv");

      assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_REQUEST);
      assertThat(result.errorLine()).contains("token ██ is odd");
      assertThat(result.all()).doesNotContain(CliRunner.TOKEN);
    } finally {
      server.stop(0);
    }
  }
}
