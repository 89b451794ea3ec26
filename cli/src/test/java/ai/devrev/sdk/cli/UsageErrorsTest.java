package ai.devrev.sdk.cli;

import static ai.devrev.sdk.cli.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.simulator.DevRevSimulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every usage error exits with 2, says what is wrong in one line, and sends nothing: each test points the
 * command at a simulator (with a token) and checks after it that the simulator received no request.
 * Commands that would fall back to the local simulator fail the test if they start it (see {@link CliRunner}).
 */
class UsageErrorsTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

  private CliRunner.Result result;

  @AfterEach
  void exitedWithUsageErrorInOneLineAndSentNothing() {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.errorLine()).contains("--help");
    assertThat(result.out()).isEmpty();
    assertThat(devrev.simulator().exchanges()).isEmpty();
  }

  @Test
  void badCustomFieldJsonIsUsageErrorAndSendsNothing() {
    result = create("--title", "Hello", "--custom-field", "tnt__priority=high");

    assertThat(result.errorLine()).contains("--custom-field", "tnt__priority", "not JSON", "tnt__priority='\"text\"'");
  }

  @Test
  void customFieldWithoutEqualsIsUsageErrorAndSendsNothing() {
    result = create("--custom-field", "tnt__priority");

    assertThat(result.errorLine()).contains("is not NAME=JSON");
  }

  @Test
  void customFieldWithTrailingGarbageIsUsageErrorAndSendsNothing() {
    result = create("--custom-field", "tnt__count=3 4");

    assertThat(result.errorLine()).contains("tnt__count", "not JSON");
  }

  @Test
  void unknownFlagIsUsageErrorAndSendsNothing() {
    result = create("--title", "Hello", "--bogus");

    assertThat(result.errorLine()).contains("Unknown option: '--bogus'");
  }

  @Test
  void misspelledFlagIsUsageErrorThatSuggestsTheFlag() {
    result = create("--titel", "Hello");

    assertThat(result.errorLine()).contains("did you mean --title");
  }

  @Test
  void invalidJsonFileIsUsageErrorAndSendsNothing(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("request.json"), "{\"type\":\"support\",\"title\":");

    result = create("--json", file.toString());

    assertThat(result.errorLine()).contains("--json " + file, "is not a conversations.create request");
  }

  @Test
  void jsonThatIsNotAnObjectIsUsageErrorAndSendsNothing() {
    result = cli().token().stdin("[{\"type\":\"support\"}]").create(withBaseUrl("--json", "-"));

    assertThat(result.errorLine()).contains("--json - (stdin) is not a conversations.create request", "expected an object");
  }

  @Test
  void jsonWithTrailingGarbageIsUsageErrorAndSendsNothing() {
    result = cli().token().stdin("{\"type\":\"support\"} {}").create(withBaseUrl("--json", "-"));

    assertThat(result.errorLine()).contains("is not a conversations.create request");
  }

  @Test
  void jsonOfTheWrongShapeIsUsageErrorAndSendsNothing() {
    result = cli().token().stdin("{\"type\":\"support\",\"members\":\"DEVU-1\"}").create(withBaseUrl("--json", "-"));

    assertThat(result.errorLine()).contains("$.members");
  }

  @Test
  void missingJsonFileIsUsageErrorAndSendsNothing(@TempDir Path dir) {
    result = create("--json", dir.resolve("absent.json").toString());

    assertThat(result.errorLine()).contains("cannot read --json", "NoSuchFileException");
  }

  @Test
  void badTimeoutIsUsageErrorAndSendsNothing() {
    result = create("--timeout", "soon");

    assertThat(result.errorLine()).contains("--timeout", "30s");
  }

  @Test
  void negativeRetriesIsUsageErrorAndSendsNothing() {
    result = cli().token().create("--base-url", devrev.baseUrl(), "--retries", "-1");

    assertThat(result.errorLine()).contains("--retries must be 0 or more");
  }

  @Test
  void baseUrlWithoutATokenIsUsageErrorAndSendsNothing() {
    result = cli().create("--base-url", devrev.baseUrl(), "--title", "Hello");

    assertThat(result.errorLine()).contains("needs a token", "DEVREV_TOKEN", "--token-file");
  }

  @Test
  void aPasswordInABaseUrlWithoutATokenIsNotEchoed() {
    result = cli().create("--base-url", "http://alice:S3cret@127.0.0.1:9/", "--title", "Hello");

    assertThat(result.errorLine()).contains("needs a token", "http://127.0.0.1:9/").doesNotContain("S3cret", "alice");
    assertThat(result.all()).doesNotContain("S3cret");
  }

  @Test
  void unreadableTokenFileIsUsageErrorAndSendsNothing(@TempDir Path dir) {
    result = cli().create("--base-url", devrev.baseUrl(), "--token-file", dir.resolve("absent").toString());

    assertThat(result.errorLine()).contains("cannot read --token-file");
  }

  @Test
  void plainHttpToAnotherHostIsUsageErrorAndSendsNothing() {
    result = cli().token().create("--base-url", "http://devrev.example.com/", "--title", "Hello");

    assertThat(result.errorLine()).contains("Refusing plain http to devrev.example.com");
  }

  @Test
  void artifactWithoutAMessageIsUsageErrorAndSendsNothing() {
    result = create("--artifact", "don:core:dvrv-us-1:devo/0:artifact/1");

    assertThat(result.errorLine()).contains("--message");
  }

  @Test
  void unknownOutputIsUsageErrorAndSendsNothing() {
    result = create("--output", "yaml");

    assertThat(result.errorLine()).contains("--output");
  }

  @Test
  void aGroupWithoutItsSubcommandIsUsageError() {
    result = cli().run("conversations");

    assertThat(result.errorLine()).contains("Missing required subcommand");
  }

  private static CliRunner.Result create(String... args) {
    return cli().token().create(withBaseUrl(args));
  }

  private static String[] withBaseUrl(String... args) {
    List<String> all = new ArrayList<>(List.of("--base-url", devrev.baseUrl()));
    all.addAll(List.of(args));
    return all.toArray(new String[0]);
  }
}
