package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every model shares (written once in the package's {@code Values}): value semantics, a
 * {@code toString()} of what is present, builders whose later changes never reach what they built, the
 * required-property check, and {@code validate()} naming the model.
 */
class ModelValuesTest {
  @Test
  void toStringShowsWhatIsPresentInOrderThenTheUnmodelledProperties() {
    ErrorBadRequest.InvalidField error = ErrorBadRequest.InvalidField.builder()
        .fieldName("title").message("too long").putAdditionalProperty("hint", 80L).build();

    assertThat(error).hasToString("InvalidField{message=too long, fieldName=title, additionalProperties={hint=80}}");
    assertThat(ErrorBadRequest.BadRequest.builder().build()).hasToString("BadRequest{}");
  }

  @Test
  void kindsWithTheSameValuesAreEqualOnlyWhenTheyAreTheSameKind() {
    ErrorBadRequest.BadRequest bad = ErrorBadRequest.BadRequest.builder().message("m").build();

    assertThat(bad).isEqualTo(ErrorBadRequest.BadRequest.builder().message("m").build())
        .hasSameHashCodeAs(ErrorBadRequest.BadRequest.builder().message("m").build());
    assertThat(bad).isNotEqualTo(ErrorBadRequest.ParseError.builder().message("m").build())
        .isNotEqualTo(bad.toBuilder().putAdditionalProperty("x", null).build())
        .isNotEqualTo(null);
  }

  @Test
  void whatABuilderDoesAfterBuildingNeverReachesWhatItBuilt() {
    ErrorBadRequest.InvalidField.Builder builder = ErrorBadRequest.InvalidField.builder().fieldName("f")
        .putAdditionalProperty("a", 1L);
    ErrorBadRequest.InvalidField first = builder.build();
    builder.putAdditionalProperty("b", 2L).fieldName("g");
    ErrorBadRequest.InvalidField copy = first.toBuilder().putAdditionalProperty("c", 3L).build();

    assertThat(first.additionalProperties()).containsExactly(Map.entry("a", 1L));
    assertThat(first.fieldName()).isEqualTo("f");
    assertThat(copy.additionalProperties()).containsOnlyKeys("a", "c");
    assertThatThrownBy(() -> first.additionalProperties().put("d", 4L)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(first.toBuilder().additionalProperties(null).build().additionalProperties()).isEmpty();
  }

  @Test
  void buildingWithoutARequiredPropertyNamesIt() {
    assertThatThrownBy(() -> ErrorBadRequest.InvalidField.builder().message("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ErrorBadRequest.InvalidField.fieldName is required");
    assertThatThrownBy(() -> ErrorBadRequest.InvalidField.builder().putAdditionalProperty(null, 1L))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void validateReturnsTheModelItselfOrNamesItWithEveryProblem() throws Exception {
    ErrorBadRequest fits = Json.decode(ErrorBadRequest.class, "{\"type\":\"invalid_field\",\"field_name\":\"f\"}");
    ErrorBadRequest odd = Json.decode(ErrorBadRequest.class, "{\"type\":\"invalid_field\",\"field_name\":\"f\",\"message\":[1]}");
    ErrorBadRequest future = Json.decode(ErrorBadRequest.class, "{\"type\":\"too_late\",\"message\":{}}");

    assertThat(fits.validate()).isSameAs(fits);
    assertThatThrownBy(odd::validate).isInstanceOf(JsonProblemsException.class)
        .hasMessageStartingWith("ErrorBadRequest.InvalidField does not fit the spec: $.message");
    assertThatThrownBy(future::validate).isInstanceOf(JsonProblemsException.class)
        .hasMessageStartingWith("ErrorBadRequest.Unknown does not fit the spec: $.message");
  }
}
