package ai.devrev.spec.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.spec.conformance.Difference.Kind;
import ai.devrev.spec.conformance.Difference.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of disagreement is found, located and classified; structure alone is not a disagreement. */
class SpecConformanceTest {
  static String fixture(String name) {
    return SpecConformanceTest.class.getResource("/fixtures/" + name + ".yaml").toString();
  }

  /** Ours is the base fixture; upstream is the changed one. */
  private static List<Difference> upstreamIs(String name) {
    return SpecConformance.compare(fixture("base"), fixture(name), "POST", "/things.create").differences();
  }

  @Test
  void identicalDocumentsConform() {
    ConformanceReport report = SpecConformance.compare(fixture("base"), fixture("base"), "POST", "/things.create");
    assertThat(report.isConformant()).isTrue();
    assertThat(report.render()).contains("0 difference(s)");
  }

  @Test
  void allOfAndAFlatObjectWithTheSameFactsConform() {
    assertThat(upstreamIs("restructured")).isEmpty();
  }

  @Test
  void reportsEnumValueOnlyUpstreamAsNonBreaking() {
    assertThat(upstreamIs("enum-value-added")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.ENUM_VALUE);
      assertThat(d.side()).isEqualTo(Side.UPSTREAM_ONLY);
      assertThat(d.location()).isEqualTo("POST /things.create 201 $.state");
      assertThat(d.isBreaking()).isFalse();
    });
  }

  @Test
  void reportsAResponsePropertyOnlyInOurs() {
    assertThat(upstreamIs("response-property-removed")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.PROPERTY);
      assertThat(d.side()).isEqualTo(Side.OURS_ONLY);
      assertThat(d.location()).isEqualTo("POST /things.create 201 $.state");
    });
  }

  @Test
  void aRequiredRequestPropertyOnlyUpstreamIsBreaking() {
    List<Difference> differences = upstreamIs("required-request-property-added");
    assertThat(differences).extracting(Difference::kind).containsExactlyInAnyOrder(Kind.PROPERTY, Kind.REQUIRED);
    assertThat(differences).allMatch(Difference::isBreaking);
  }

  @Test
  void aFormatChangeIsBreaking() {
    assertThat(upstreamIs("format-changed")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.FORMAT);
      assertThat(d.detail()).isEqualTo("format id in ours, text upstream");
      assertThat(d.isBreaking()).isTrue();
    });
  }

  @Test
  void aUnionMemberOnlyUpstreamIsFoundByItsLabel() {
    assertThat(upstreamIs("union-member-added")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.UNION_MEMBER);
      assertThat(d.location()).isEqualTo("POST /things.create 201 $.owner (rev_user)");
      assertThat(d.isBreaking()).isFalse();
    });
  }

  @Test
  void aStatusOnlyInOursIsReported() {
    assertThat(upstreamIs("status-removed")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.STATUS);
      assertThat(d.side()).isEqualTo(Side.OURS_ONLY);
    });
  }

  @Test
  void aDifferentSecuritySchemeIsBreaking() {
    assertThat(upstreamIs("basic-auth")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.SECURITY);
      assertThat(d.isBreaking()).isTrue();
    });
  }

  @Test
  void cliExitCodesSayWhatHappened() {
    assertThat(ConformanceCli.run(new String[] {"--ours", fixture("base"), "--upstream", fixture("base"),
        "--operation", "POST /things.create"})).isZero();
    assertThat(ConformanceCli.run(new String[] {"--ours", fixture("base"), "--upstream", fixture("format-changed"),
        "--operation", "POST /things.create"})).isEqualTo(1);
    assertThat(ConformanceCli.run(new String[] {"--ours", fixture("base")})).isEqualTo(2);
    assertThat(ConformanceCli.run(new String[] {"--ours", fixture("base"), "--upstream", "/no/such/file.yaml"})).isEqualTo(3);
  }
}
