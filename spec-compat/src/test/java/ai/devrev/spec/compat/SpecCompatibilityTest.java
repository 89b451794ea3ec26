package ai.devrev.spec.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate's fixtures: each pair of specs must be classified the way a consumer would experience it. */
class SpecCompatibilityTest {
  private static String fixture(String name) {
    return SpecCompatibilityTest.class.getResource("/fixtures/" + name + ".yaml").toString();
  }

  private static List<Change> against(String changed) {
    return SpecCompatibility.compare(fixture("base"), fixture(changed));
  }

  @Test
  void identicalSpecsHaveNoChanges() {
    assertThat(against("base")).isEmpty();
  }

  @Test
  void removedResponseFieldIsBreaking() {
    assertThat(against("response-field-removed")).singleElement().satisfies(change -> {
      assertThat(change.isBreaking()).isTrue();
      assertThat(change.location()).isEqualTo("POST /things.create 201 application/json $.title");
      assertThat(change.what()).isEqualTo("property removed");
    });
  }

  @Test
  void addedOptionalRequestFieldIsCompatible() {
    assertThat(against("optional-request-field-added")).singleElement().satisfies(change -> {
      assertThat(change.isBreaking()).isFalse();
      assertThat(change.location()).endsWith("request application/json $.nickname");
    });
  }

  @Test
  void addedResponseEnumValueIsCompatibleForAForwardCompatibleClient() {
    assertThat(against("response-enum-value-added")).singleElement().satisfies(change -> {
      assertThat(change.isBreaking()).isFalse();
      assertThat(change.what()).isEqualTo("enum value 'archived' added");
    });
  }

  @Test
  void newlyRequiredRequestFieldIsBreaking() {
    assertThat(against("request-field-now-required")).filteredOn(Change::isBreaking)
        .extracting(Change::what).containsExactly("now required");
  }
}
