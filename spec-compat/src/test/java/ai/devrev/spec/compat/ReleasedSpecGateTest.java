package ai.devrev.spec.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The gate itself, run on every build: spec/ against the spec of the last release in spec/baseline. */
class ReleasedSpecGateTest {
  @Test
  void currentSpecIsCompatibleWithTheLastRelease() throws Exception {
    CompatibilityGate.Verdict verdict = CompatibilityGate.judge(
        Path.of(System.getProperty("devrev.spec.baseline.dir")),
        Path.of(System.getProperty("devrev.spec.current")),
        System.getProperty("devrev.version"));
    Files.writeString(Path.of(System.getProperty("devrev.report.dir"), "spec-compatibility-report.txt"),
        verdict.report(), StandardCharsets.UTF_8);
    assertThat(verdict.passed()).as(verdict.report()).isTrue();
  }
}
