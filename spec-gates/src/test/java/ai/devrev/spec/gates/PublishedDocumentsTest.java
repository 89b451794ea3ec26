package ai.devrev.spec.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.devrev.spec.walker.SpecDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gates on the real documents, on every build: our spec against DevRev's published document (in CI
 * at ../shared/reference/devrev-openapi-public.yaml; skipped, saying so, where that file is absent), and
 * against the last release in spec/baseline.
 */
class PublishedDocumentsTest {
  private static final SpecDocument OURS = SpecDocument.load(Path.of(System.getProperty("devrev.spec.ours")).toUri().toString());
  private static final Path REPORTS = Path.of(System.getProperty("devrev.report.dir"));

  private static Path upstream() {
    Path upstream = Path.of(System.getProperty("devrev.reference.spec", "../shared/reference/devrev-openapi-public.yaml"));
    assumeTrue(Files.exists(upstream), "DevRev's published document is absent at " + upstream.toAbsolutePath().normalize()
        + ": conformance NOT checked (pass -Ddevrev.reference.spec=PATH to check it)");
    return upstream;
  }

  @Test
  void ourSpecAgreesWithDevRevsPublishedDocument() throws Exception {
    Verdict verdict = Conformance.check(OURS, SpecDocument.load(upstream().toUri().toString()), "POST", "/conversations.create");
    Files.writeString(REPORTS.resolve("conformance-report.txt"), verdict.report(), StandardCharsets.UTF_8);
    assertThat(verdict.differences()).as(verdict.report()).isEmpty();
  }

  @Test
  void devRevsDocumentAgreesWithItself() {
    SpecDocument upstream = SpecDocument.load(upstream().toUri().toString());
    assertThat(Conformance.check(upstream, upstream, "POST", "/conversations.create").differences()).isEmpty();
  }

  @Test
  void currentSpecIsCompatibleWithTheLastRelease() throws Exception {
    Verdict verdict = Compatibility.judge(ReleaseBaseline.in(Path.of(System.getProperty("devrev.spec.baseline.dir"))), OURS,
        System.getProperty("devrev.version"));
    Files.writeString(REPORTS.resolve("spec-compatibility-report.txt"), verdict.report(), StandardCharsets.UTF_8);
    assertThat(verdict.passed()).as(verdict.report()).isTrue();
  }

  /** The release rule on the real document: removing a response property of the spec is caught. */
  @Test
  void removingAPropertyOfOurSpecWouldBeBlockedAgainstItsOwnRelease() throws Exception {
    String text = Files.readString(Path.of(System.getProperty("devrev.spec.ours")), StandardCharsets.UTF_8);
    String withoutTitle = text.replaceFirst("(?m)^          title:\\n            type: string\\n            format: text\\n            description: Title of the conversation\\.\\n", "");
    assertThat(withoutTitle).isNotEqualTo(text);

    Verdict verdict = Compatibility.judge(OURS, SpecDocument.parse("edited", withoutTitle), "1.1.0", false, Set.of(),
        new StringBuilder());

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.report()).contains("BREAKING POST /conversations.create 201 $.conversation.title: property removed");
  }
}
