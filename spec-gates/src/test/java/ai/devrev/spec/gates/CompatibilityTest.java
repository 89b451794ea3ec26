package ai.devrev.spec.gates;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.spec.walker.SpecDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each change is classified the way a consumer of the generated client experiences it, and the release rule holds. */
class CompatibilityTest {
  @TempDir Path work;

  private static Path fixture(String name) throws Exception {
    return Paths.get(CompatibilityTest.class.getResource("/compat/" + name + ".yaml").toURI());
  }

  private static List<Difference> against(String changed) throws Exception {
    return SpecDiff.all(SpecDocument.load(fixture("base").toString()), SpecDocument.load(fixture(changed).toString()),
        Wording.RELEASE);
  }

  private ReleaseBaseline release(String version, String... accepted) throws Exception {
    Path baseline = work.resolve("baseline");
    Path spec = Files.copy(fixture("base"), work.resolve(Compatibility.SPEC_FILE));
    ReleaseBaseline.record(baseline, version, List.of(spec));
    Files.write(baseline.resolve(ReleaseBaseline.ACCEPTED), List.of(accepted), StandardCharsets.UTF_8);
    return ReleaseBaseline.in(baseline);
  }

  private static SpecDocument current(String name) throws Exception {
    return SpecDocument.load(fixture(name).toString());
  }

  @Test
  void identicalSpecsHaveNoChanges() throws Exception {
    assertThat(against("base")).isEmpty();
  }

  @Test
  void removedResponseFieldIsBreaking() throws Exception {
    assertThat(against("response-field-removed")).singleElement().satisfies(change -> {
      assertThat(Compatibility.isBreaking(change)).isTrue();
      assertThat(Compatibility.line(change)).isEqualTo("BREAKING POST /things.create 201 $.title: property removed");
    });
  }

  @Test
  void addedOptionalRequestFieldIsCompatible() throws Exception {
    assertThat(against("optional-request-field-added")).singleElement().satisfies(change -> {
      assertThat(Compatibility.isBreaking(change)).isFalse();
      assertThat(change.location()).isEqualTo("POST /things.create request $.nickname");
    });
  }

  @Test
  void addedResponseEnumValueIsCompatibleForAForwardCompatibleClient() throws Exception {
    assertThat(against("response-enum-value-added")).singleElement().satisfies(change -> {
      assertThat(Compatibility.isBreaking(change)).isFalse();
      assertThat(change.detail()).isEqualTo("enum value 'archived' added");
    });
  }

  @Test
  void newlyRequiredRequestFieldIsBreaking() throws Exception {
    assertThat(against("request-field-now-required")).filteredOn(Compatibility::isBreaking)
        .extracting(Difference::detail).containsExactly("required added");
  }

  @Test
  void nothingReleasedMeansNothingToBreak() throws Exception {
    Verdict verdict = Compatibility.judge(ReleaseBaseline.in(work.resolve("none")), current("response-field-removed"), "1.0.0");
    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.report()).contains("No release recorded");
  }

  @Test
  void blocksABreakingChangeWithinTheSameMajorVersion() throws Exception {
    Verdict verdict = Compatibility.judge(release("1.0.0-2024-01-24"), current("response-field-removed"), "1.1.0-2024-01-24");
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.report()).contains("BREAKING POST /things.create 201 $.title: property removed   <- not allowed");
  }

  @Test
  void passesACompatibleChange() throws Exception {
    assertThat(Compatibility.judge(release("1.0.0-2024-01-24"), current("optional-request-field-added"), "1.0.1-2024-01-24")
        .passed()).isTrue();
  }

  @Test
  void passesABreakingChangeAcceptedInTheReviewedList() throws Exception {
    ReleaseBaseline baseline = release("1.0.0-2024-01-24", "# reviewed in PR 42",
        "BREAKING POST /things.create 201 $.title: property removed");
    assertThat(Compatibility.judge(baseline, current("response-field-removed"), "1.1.0-2024-01-24").passed()).isTrue();
  }

  @Test
  void passesABreakingChangeWhenTheMajorVersionMoved() throws Exception {
    Verdict verdict = Compatibility.judge(release("1.4.2-2024-01-24"), current("response-field-removed"), "2.0.0-2024-01-24");
    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.report()).contains("major version moved");
  }
}
