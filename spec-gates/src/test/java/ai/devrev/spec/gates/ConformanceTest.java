package ai.devrev.spec.gates;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.spec.gates.Difference.Change;
import ai.devrev.spec.gates.Difference.Kind;
import ai.devrev.spec.walker.SpecDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of disagreement is found, located and classified; structure alone is not a disagreement. */
class ConformanceTest {
  static String fixture(String name) {
    return ConformanceTest.class.getResource("/drift/" + name + ".yaml").toString();
  }

  /** Ours is the base fixture; upstream is the changed one. */
  private static Verdict upstreamIs(String name) {
    return Conformance.check(SpecDocument.load(fixture("base")), SpecDocument.load(fixture(name)), "POST", "/things.create");
  }

  private static List<Difference> differences(String name) {
    return upstreamIs(name).differences();
  }

  @Test
  void identicalDocumentsConform() {
    Verdict verdict = upstreamIs("base");
    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.report()).contains("0 difference(s)");
  }

  @Test
  void allOfAndAFlatObjectWithTheSameFactsConform() {
    assertThat(differences("restructured")).isEmpty();
  }

  @Test
  void reportsEnumValueOnlyUpstreamAsNonBreaking() {
    assertThat(differences("enum-value-added")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.ENUM_VALUE);
      assertThat(d.change()).isEqualTo(Change.ADDED);
      assertThat(d.subject()).isEqualTo("archived");
      assertThat(d.location()).isEqualTo("POST /things.create 201 $.state");
      assertThat(d.detail()).isEqualTo("enum value 'archived' only upstream");
      assertThat(Conformance.isBreaking(d)).isFalse();
    });
    assertThat(upstreamIs("enum-value-added").report()).contains("NON-BREAKING POST /things.create 201 $.state");
  }

  @Test
  void reportsAResponsePropertyOnlyInOurs() {
    assertThat(differences("response-property-removed")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.PROPERTY);
      assertThat(d.change()).isEqualTo(Change.REMOVED);
      assertThat(d.location()).isEqualTo("POST /things.create 201 $.state");
      assertThat(d.detail()).isEqualTo("property only in ours");
    });
  }

  @Test
  void aRequiredRequestPropertyOnlyUpstreamIsBreaking() {
    List<Difference> differences = differences("required-request-property-added");
    assertThat(differences).extracting(Difference::kind).containsExactlyInAnyOrder(Kind.PROPERTY, Kind.REQUIRED);
    assertThat(differences).allMatch(Conformance::isBreaking);
  }

  @Test
  void aFormatChangeIsBreaking() {
    assertThat(differences("format-changed")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.FORMAT);
      assertThat(d.detail()).isEqualTo("format id in ours, text upstream");
      assertThat(Conformance.isBreaking(d)).isTrue();
    });
  }

  @Test
  void aUnionMemberOnlyUpstreamIsFoundByItsLabel() {
    assertThat(differences("union-member-added")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.UNION_MEMBER);
      assertThat(d.location()).isEqualTo("POST /things.create 201 $.owner (rev_user)");
      assertThat(Conformance.isBreaking(d)).isFalse();
    });
  }

  @Test
  void aStatusOnlyInOursIsReported() {
    assertThat(differences("status-removed")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.STATUS);
      assertThat(d.change()).isEqualTo(Change.REMOVED);
    });
  }

  @Test
  void aDifferentSecuritySchemeIsBreaking() {
    assertThat(differences("basic-auth")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.SECURITY);
      assertThat(Conformance.isBreaking(d)).isTrue();
    });
  }

  @Test
  void theApiVersionHeaderIsComparedByNameAndDefault() {
    assertThat(differences("version-header-changed")).extracting(Difference::kind, Difference::subject, Difference::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.VERSION_HEADER, "default",
            "x-fern-version default 2024-01-24 in ours, 2025-06-01 upstream"));
    assertThat(differences("version-header-changed")).allMatch(Conformance::isBreaking);
    assertThat(Conformance.check(SpecDocument.load(fixture("version-header-changed")), SpecDocument.load(fixture("base")),
        "POST", "/things.create").differences()).extracting(Difference::kind).contains(Kind.VERSION_HEADER);
  }

  @Test
  void cliExitCodesSayWhatHappened() {
    assertThat(DriftCli.run(new String[] {"--ours", fixture("base"), "--upstream", fixture("base"),
        "--operation", "POST /things.create"})).isZero();
    assertThat(DriftCli.run(new String[] {"--ours", fixture("base"), "--upstream", fixture("format-changed"),
        "--operation", "POST /things.create"})).isEqualTo(1);
    assertThat(DriftCli.run(new String[] {"--ours", fixture("base")})).isEqualTo(2);
    assertThat(DriftCli.run(new String[] {"--ours", fixture("base"), "--upstream", "/no/such/file.yaml"})).isEqualTo(3);
  }
}
