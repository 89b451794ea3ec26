package ai.devrev.spec.walker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.Operation;
import org.junit.jupiter.api.Test;

/** Operations found, references of every kind followed, and reachability as a codegen or validator needs it. */
class SpecDocumentTest {
  private static final SpecDocument DOCUMENT = FlatSchemaTest.DOCUMENT;

  @Test
  void findsAnOperationOrSaysWhichIsMissing() {
    assertThat(DOCUMENT.operation("post", "/things.create").getResponses()).containsOnlyKeys("201", "400");
    assertThatThrownBy(() -> DOCUMENT.operation("GET", "/things.create")).hasMessageContaining("no operation GET /things.create");
  }

  @Test
  void followsResponseHeaderAndRequestBodyReferences() {
    Operation create = DOCUMENT.operation("POST", "/things.create");

    assertThat(DOCUMENT.resolve(create.getResponses().get("400")).getDescription()).isEqualTo("Bad.");
    assertThat(DOCUMENT.resolve(DOCUMENT.resolve(create.getResponses().get("400")).getHeaders().get("X-Trace")).getSchema().getType())
        .isEqualTo("string");
    assertThat(DOCUMENT.resolve(create.getRequestBody()).getContent()).containsKey("application/json");
  }

  @Test
  void reachesComponentsThroughReferencesAndDiscriminatorMappings() {
    Operation create = DOCUMENT.operation("POST", "/things.create");

    assertThat(DOCUMENT.reachable(create)).contains("#/components/requestBodies/create", "#/components/responses/bad",
        "#/components/headers/trace", "#/components/schemas/thing", "#/components/schemas/dev-user");
    assertThat(DOCUMENT.reachableSchemas(create)).containsExactlyInAnyOrder("request", "thing", "base", "user",
        "dev-user", "sys-user", "error", "invalid");
  }

  @Test
  void reachesWhatAToolsOwnExtensionsName() {
    Object members = java.util.Map.of("x-members", java.util.List.of(java.util.Map.of("label", "s", "schema", "sys-user")));

    assertThat(DOCUMENT.reachable(node -> node.containsKey("label") ? java.util.List.of(Pointer.schemaRef(String.valueOf(node.get("schema"))))
        : java.util.List.of(), members)).containsExactly("#/components/schemas/sys-user");
    assertThat(DOCUMENT.reachable(members)).isEmpty();
  }

  @Test
  void reachesSchemasThroughAToolsOwnExtensionsAndOnFromThem() {
    Object members = java.util.Map.of("x-members", java.util.List.of(java.util.Map.of("label", "t", "schema", "thing")));

    assertThat(DOCUMENT.reachableSchemas(node -> node.containsKey("label") ? java.util.List.of(Pointer.schemaRef(String.valueOf(node.get("schema"))))
        : java.util.List.of(), members)).containsExactlyInAnyOrder("thing", "base", "user", "dev-user", "sys-user");
    assertThat(DOCUMENT.reachableSchemas(members)).isEmpty();
  }

  @Test
  void parsesTextAndWrapsAnAlreadyParsedDocument() {
    SpecDocument parsed = SpecDocument.parse("inline", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        + "components:\n  schemas:\n    a: {type: string}\n");

    assertThat(parsed.schema("a").getType()).isEqualTo("string");
    assertThat(SpecDocument.of("same", parsed.openAPI()).schemas()).containsOnlyKeys("a");
    assertThatThrownBy(() -> SpecDocument.parse("junk", "- not\n- a document\n")).hasMessageContaining("junk");
  }

  @Test
  void pointersEscapeAndNameSchemas() {
    assertThat(Pointer.child("/paths", "/conversations.create")).isEqualTo("/paths/~1conversations.create");
    assertThat(Pointer.tokens("/paths/~1conversations.create/post")).containsExactly("paths", "/conversations.create", "post");
    assertThat(Pointer.schemaName("#/components/schemas/dev-user")).isEqualTo("dev-user");
    assertThat(Pointer.schemaName("dev-user")).isEqualTo("dev-user");
    assertThatThrownBy(() -> Pointer.schemaName("other.yaml#/x")).hasMessageContaining("Not a local schema reference");
  }
}
