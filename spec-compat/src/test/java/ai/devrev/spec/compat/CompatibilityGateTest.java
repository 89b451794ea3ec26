package ai.devrev.spec.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release rule: breaking changes need a major version bump or an entry in the accepted list. */
class CompatibilityGateTest {
  @TempDir Path baseline;

  private static Path fixture(String name) throws Exception {
    return Paths.get(CompatibilityGateTest.class.getResource("/fixtures/" + name + ".yaml").toURI());
  }

  private void release(String version, String... accepted) throws Exception {
    Files.copy(fixture("base"), baseline.resolve("conversations-create.yaml"));
    Files.writeString(baseline.resolve("released-version.txt"), version + "\n", StandardCharsets.UTF_8);
    Files.write(baseline.resolve("ACCEPTED-BREAKING-CHANGES.txt"), java.util.List.of(accepted), StandardCharsets.UTF_8);
  }

  @Test
  void blocksABreakingChangeWithinTheSameMajorVersion() throws Exception {
    release("1.0.0-2024-01-24");
    CompatibilityGate.Verdict verdict = CompatibilityGate.judge(baseline, fixture("response-field-removed"), "1.1.0-2024-01-24");
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.report()).contains("BREAKING POST /things.create 201 application/json $.title: property removed")
        .contains("not allowed");
  }

  @Test
  void passesACompatibleChange() throws Exception {
    release("1.0.0-2024-01-24");
    assertThat(CompatibilityGate.judge(baseline, fixture("optional-request-field-added"), "1.0.1-2024-01-24").passed()).isTrue();
  }

  @Test
  void passesABreakingChangeAcceptedInTheReviewedList() throws Exception {
    release("1.0.0-2024-01-24", "# reviewed in PR 42", "BREAKING POST /things.create 201 application/json $.title: property removed");
    assertThat(CompatibilityGate.judge(baseline, fixture("response-field-removed"), "1.1.0-2024-01-24").passed()).isTrue();
  }

  @Test
  void passesABreakingChangeWhenTheMajorVersionMoved() throws Exception {
    release("1.4.2-2024-01-24");
    CompatibilityGate.Verdict verdict = CompatibilityGate.judge(baseline, fixture("response-field-removed"), "2.0.0-2024-01-24");
    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.report()).contains("major version moved");
  }
}
