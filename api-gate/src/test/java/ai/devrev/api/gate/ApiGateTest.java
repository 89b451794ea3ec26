package ai.devrev.api.gate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.spec.gates.ReleaseBaseline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate fails on any difference from the committed dump, and on removals since the release unless allowed. */
class ApiGateTest {
  private static final String UPDATE = "./mvnw ... -Dapi.gate=update";

  @TempDir Path work;

  private Path build(String name, String body) throws Exception {
    return Compiler.compile(work.resolve(name), Map.of("p/Api.java", "package p;\npublic final class Api {\n" + body + "\n}\n"));
  }

  private ApiGate.Result run(boolean update, Path classes, String version) throws Exception {
    return ApiGate.run(update, work.resolve("api"), ReleaseBaseline.in(work.resolve("baseline")), version, UPDATE,
        List.of("lib=" + classes));
  }

  @Test
  void passesWhenTheApiMatchesItsDump() throws Exception {
    Path v1 = build("v1", "public String title() { return null; }");
    assertThat(run(true, v1, "1.0.0").passed()).isTrue();

    ApiGate.Result check = run(false, v1, "1.0.0");
    assertThat(check.passed()).isTrue();
    assertThat(check.report()).contains("lib: matches its dump", "No release recorded");
  }

  @Test
  void failsOnAChangedSignatureAndPrintsTheDiff() throws Exception {
    run(true, build("v1", "public String title() { return null; }\npublic int size() { return 0; }"), "1.0.0");

    ApiGate.Result check = run(false, build("v2", "public CharSequence title() { return null; }\npublic int size() { return 0; }"), "1.0.0");

    assertThat(check.passed()).isFalse();
    assertThat(check.report()).contains(
        "lib: the API differs from " + work.resolve("api/lib.api"),
        UPDATE,
        "@@ -1,6 +1,6 @@\n"
            + " public final class p.Api {\n"
            + "   public Api()\n"
            + "   public int size()\n"
            + "-  public java.lang.String title()\n"
            + "+  public java.lang.CharSequence title()\n"
            + " }\n");
  }

  @Test
  void failsOnAnAddedMemberUntilTheDumpIsUpdated() throws Exception {
    run(true, build("v1", ""), "1.0.0");
    Path v2 = build("v2", "public void added() {}");

    assertThat(run(false, v2, "1.0.0").report()).contains("+  public void added()");
    assertThat(run(true, v2, "1.0.0").report()).contains("lib: dump rewritten");
    assertThat(Files.readString(work.resolve("api/lib.api"))).contains("public void added()");
    assertThat(run(false, v2, "1.0.0").passed()).isTrue();
  }

  private void release(String version, Path classes) throws Exception {
    run(true, classes, version);
    ReleaseBaseline.record(work.resolve("baseline"), version, List.of(work.resolve("api/lib.api")));
  }

  @Test
  void blocksAMemberRemovedSinceTheReleaseWithinTheSameMajor() throws Exception {
    release("1.0.0", build("v1", "public void kept() {}\npublic void gone() {}"));
    Path v2 = build("v2", "public void kept() {}\npublic void added() {}");

    ApiGate.Result updated = run(true, v2, "1.1.0");

    assertThat(updated.passed()).isFalse();
    assertThat(updated.report()).contains(
        "lib since 1.0.0: 1 added, 1 removed or changed",
        "    added      p.Api: public void added()",
        "    BREAKING   lib p.Api: public void gone()");
  }

  @Test
  void allowsTheRemovalWhenAcceptedOrWhenTheMajorMoved() throws Exception {
    release("1.0.0", build("v1", "public void kept() {}\npublic void gone() {}"));
    Path v2 = build("v2", "public void kept() {}");
    run(true, v2, "1.1.0");

    assertThat(run(false, v2, "2.0.0").passed()).isTrue();
    Files.writeString(work.resolve("baseline").resolve(ReleaseBaseline.ACCEPTED), "lib p.Api: public void gone()\n",
        StandardCharsets.UTF_8);
    assertThat(run(false, v2, "1.1.0").passed()).isTrue();
  }
}
