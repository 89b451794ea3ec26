package ai.devrev.spec.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One folder names the release and holds what it published; recording a release replaces it. */
class ReleaseBaselineTest {
  @TempDir Path work;

  @Test
  void nothingReleasedIsSaidPlainly() {
    ReleaseBaseline baseline = ReleaseBaseline.in(work.resolve("baseline"));

    assertThat(baseline.version()).isEmpty();
    assertThat(baseline.file("conversations-create.yaml")).isEmpty();
    assertThat(baseline.majorMovedIn("2.0.0")).isFalse();
    assertThat(baseline.describe()).startsWith("No release recorded");
  }

  @Test
  void recordingAReleaseReplacesThePreviousOneAndEmptiesTheAcceptedList() throws Exception {
    Path spec = Files.writeString(work.resolve("conversations-create.yaml"), "openapi: 3.0.3\n", StandardCharsets.UTF_8);
    Path baselineDir = work.resolve("baseline");
    ReleaseBaseline.record(baselineDir, "1.0.0-2024-01-24", List.of(spec));
    Files.writeString(baselineDir.resolve(ReleaseBaseline.ACCEPTED), "BREAKING x: y\n", StandardCharsets.UTF_8);
    assertThat(ReleaseBaseline.in(baselineDir).accepted()).containsExactly("BREAKING x: y");

    ReleaseBaseline.record(baselineDir, "1.1.0-2024-01-24", List.of(spec));

    ReleaseBaseline baseline = ReleaseBaseline.in(baselineDir);
    assertThat(baseline.version()).contains("1.1.0-2024-01-24");
    assertThat(baseline.file("conversations-create.yaml")).isPresent();
    assertThat(baseline.accepted()).isEmpty();
    assertThat(Files.exists(baselineDir.resolve("1.0.0-2024-01-24"))).isFalse();
    assertThat(baseline.majorMovedIn("1.9.0-2024-01-24")).isFalse();
    assertThat(baseline.majorMovedIn("2.0.0-2024-01-24")).isTrue();
  }

  @Test
  void twoReleaseFoldersAreAnError() throws Exception {
    Files.createDirectories(work.resolve("baseline/1.0.0"));
    Files.createDirectories(work.resolve("baseline/1.1.0"));

    assertThatThrownBy(() -> ReleaseBaseline.in(work.resolve("baseline"))).hasMessageContaining("keep only the last one");
  }
}
