package ai.devrev.spec.walker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** allOf merged, $refs followed, unions read as OpenAPI means them, and each fact's declaring pointer kept. */
class FlatSchemaTest {
  static final SpecDocument DOCUMENT = SpecDocument.load(FlatSchemaTest.class.getResource("/walker.yaml").toString());

  @Test
  void mergesAllOfPartsInOrderWithTheLaterDeclarationWinning() {
    FlatSchema thing = FlatSchema.of(DOCUMENT, "thing");

    assertThat(thing.type()).isEqualTo("object");
    assertThat(thing.properties()).containsOnlyKeys("id", "state", "owner");
    assertThat(thing.properties().keySet()).containsExactly("id", "state", "owner");
    assertThat(thing.properties().get("state").getEnum()).containsExactly("open", "closed");
    assertThat(thing.declarations("state")).extracting(Located::pointer)
        .containsExactly("/components/schemas/base/properties/state", "/components/schemas/thing/allOf/1/properties/state");
    assertThat(thing.required()).containsExactly("id", "owner");
    assertThat(thing.requiredAt("id")).isEqualTo("/components/schemas/base");
    assertThat(thing.requiredAt("owner")).isEqualTo("/components/schemas/thing/allOf/1");
    assertThat(thing.description()).isEqualTo("A thing.");
  }

  @Test
  void listsThePartsMergedInMergeOrderTheSchemaItselfLast() {
    assertThat(FlatSchema.of(DOCUMENT, "thing").parts()).extracting(Located::pointer)
        .containsExactly("/components/schemas/base", "/components/schemas/thing/allOf/1", "/components/schemas/thing");
    assertThat(FlatSchema.of(DOCUMENT, "owned").parts()).extracting(Located::pointer)
        .containsExactly("/components/schemas/user", "/components/schemas/owned/allOf/1", "/components/schemas/owned");
    assertThat(FlatSchema.of(DOCUMENT, "dev-user").parts()).extracting(Located::pointer).containsExactly("/components/schemas/dev-user");
  }

  @Test
  void anInlinePartsOwnDescriptionWinsOverThoseOfItsParts() {
    SpecDocument nested = SpecDocument.parse("nested", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        + "components:\n  schemas:\n"
        + "    base: {type: object, description: The base.}\n"
        + "    outer:\n      allOf:\n        - $ref: '#/components/schemas/base'\n"
        + "        - description: The part.\n          allOf:\n            - {description: The part's part., type: object}\n"
        + "    deeper:\n      allOf:\n        - allOf:\n            - {description: Only here., type: object}\n");

    assertThat(FlatSchema.of(nested, "outer").description()).isEqualTo("The part.");
    assertThat(FlatSchema.of(nested, "deeper").description()).isEqualTo("Only here.");
  }

  @Test
  void followsReferenceChainsToTheDeclaringComponent() {
    FlatSchema alias = FlatSchema.of(DOCUMENT, "alias");

    assertThat(alias.origin().pointer()).isEqualTo("/components/schemas/thing");
    assertThat(alias.properties()).containsOnlyKeys("id", "state", "owner");
  }

  @Test
  void readsUnionMembersFromTheMappingThenImplicitlyFromOneOf() {
    FlatSchema user = FlatSchema.of(DOCUMENT, "user");

    assertThat(user.discriminator()).contains("type");
    assertThat(user.members()).containsExactly(entry("dev_user", "dev-user"), entry("robot", "dev-user"),
        entry("sys-user", "sys-user"));
    assertThat(user.oneOf()).containsExactly("dev-user", "sys-user");
    assertThat(user.declaredAt("discriminator")).isEqualTo("/components/schemas/user");
  }

  @Test
  void aDiscriminatorReachedThroughAReferenceBelongsToThatSchema() {
    FlatSchema owned = FlatSchema.of(DOCUMENT, "owned");

    assertThat(owned.discriminator()).isEmpty();
    assertThat(owned.members()).isEmpty();
    assertThat(owned.properties()).containsOnlyKeys("type", "since");
  }

  @Test
  void aDiscriminatorOnAnInlinePartBelongsToTheWhole() {
    FlatSchema error = FlatSchema.of(DOCUMENT, "error");

    assertThat(error.discriminator()).contains("type");
    assertThat(error.members()).containsExactly(entry("invalid", "invalid"));
    assertThat(error.declaredAt("discriminator")).isEqualTo("/components/schemas/error/allOf/1");
  }

  @Test
  void keepsFormatsItemsAndClosedness() {
    assertThat(FlatSchema.of(DOCUMENT, "dev-user").closed()).isTrue();
    assertThat(FlatSchema.of(DOCUMENT, "dev-user").additionalProperties()).isEqualTo(false);
    FlatSchema id = FlatSchema.of(DOCUMENT, FlatSchema.of(DOCUMENT, "base").properties().get("id"),
        "/components/schemas/base/properties/id");
    assertThat(id.format()).isEqualTo("id");
    assertThat(id.declaredAt("format")).isEqualTo("/components/schemas/base/properties/id");
  }

  @Test
  void badReferencesFailNamingTheReference() {
    assertThatThrownBy(() -> FlatSchema.of(DOCUMENT, "loop-a")).hasMessageContaining("Reference loop");
    assertThatThrownBy(() -> FlatSchema.of(DOCUMENT, "dangling")).hasMessageContaining("#/components/schemas/nowhere");
    assertThatThrownBy(() -> FlatSchema.of(DOCUMENT, "inline-union")).hasMessageContaining("Inline oneOf member");
    assertThatThrownBy(() -> FlatSchema.of(DOCUMENT, "absent")).hasMessageContaining("no schema absent");
  }

  @Test
  void objectLikeMeansPropertiesCompositionOrDiscriminatorWithoutEnum() {
    assertThat(FlatSchema.isObjectLike(DOCUMENT.schema("thing"))).isTrue();
    assertThat(FlatSchema.isObjectLike(DOCUMENT.schema("user"))).isTrue();
    assertThat(FlatSchema.isObjectLike(DOCUMENT.schema("unused"))).isFalse();
  }
}
