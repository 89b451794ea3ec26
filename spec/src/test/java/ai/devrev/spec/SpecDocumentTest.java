package ai.devrev.spec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.spec.walker.Pointer;
import ai.devrev.spec.walker.SpecDocument;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document parses cleanly with the parser OpenAPI Generator uses, and says what the client needs. */
class SpecDocumentTest {
  private static SwaggerParseResult result;
  private static OpenAPI openAPI;

  @BeforeAll
  static void parse() {
    result = new OpenAPIV3Parser().readLocation(SpecFixture.location(), null, options());
    openAPI = result.getOpenAPI();
  }

  private static ParseOptions options() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return options;
  }

  private static Operation create() {
    return openAPI.getPaths().get(SpecFixture.PATH).getPost();
  }

  private static ApiResponse response(String status) {
    return SpecDocument.of(SpecFixture.location(), openAPI).resolve(create().getResponses().get(status));
  }

  @Test
  void parsesWithoutErrorsOrWarnings() {
    assertThat(result.getMessages()).isEmpty();
    assertThat(openAPI.getOpenapi()).isEqualTo("3.0.3");
  }

  /** OpenAPI Generator reads documents through this entry point (it falls back to Swagger 2 readers). */
  @Test
  void parsesWithoutMessagesThroughTheGeneratorsEntryPoint() {
    SwaggerParseResult generators = new OpenAPIParser().readLocation(SpecFixture.location(), null, options());

    assertThat(generators.getMessages()).isEmpty();
    assertThat(generators.getOpenAPI().getComponents().getSchemas()).hasSameSizeAs(openAPI.getComponents().getSchemas());
  }

  @Test
  void declaresBearerAuthOnTheOperationAndGlobally() {
    SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get("auth-token");
    assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(scheme.getScheme()).isEqualTo("bearer");
    assertThat(openAPI.getSecurity()).singleElement().satisfies(requirement ->
        assertThat(requirement).containsOnlyKeys("auth-token"));
    assertThat(create().getSecurity()).singleElement().satisfies(requirement ->
        assertThat(requirement).containsOnlyKeys("auth-token"));
  }

  @Test
  void servesFromDevRevsApiHost() {
    assertThat(openAPI.getServers()).singleElement().satisfies(server ->
        assertThat(server.getUrl()).isEqualTo("https://api.devrev.ai"));
  }

  @Test
  void declaresTheOperationAsDevRevDoes() {
    assertThat(openAPI.getPaths()).containsOnlyKeys(SpecFixture.PATH);
    assertThat(openAPI.getPaths().get(SpecFixture.PATH).readOperations()).containsExactly(create());
    assertThat(create().getOperationId()).isEqualTo("conversations-create");
    assertThat(create().getTags()).containsExactly("conversations");
    assertThat(create().getRequestBody().getRequired()).isTrue();
    assertThat(create().getRequestBody().getContent().get("application/json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/conversations-create-request");
  }

  @Test
  void answersEachStatusWithItsSchema() {
    Map<String, String> schemas = Map.of(
        "201", "conversations-create-response",
        "400", "error-bad-request",
        "401", "error-unauthorized",
        "403", "error-forbidden",
        "429", "error-too-many-requests",
        "500", "error-internal-server-error",
        "503", "error-service-unavailable");

    assertThat(create().getResponses()).containsOnlyKeys(schemas.keySet());
    schemas.forEach((status, schema) ->
        assertThat(Pointer.schemaName(response(status).getContent().get("application/json").getSchema().get$ref()))
            .as(status).isEqualTo(schema));
  }

  @Test
  void sharesErrorResponsesUnderDevRevsComponentNames() {
    assertThat(create().getResponses()).allSatisfy((status, response) -> {
      if (!status.equals("201")) {
        assertThat(response.get$ref()).as(status).startsWith("#/components/responses/");
      }
    });
    assertThat(openAPI.getComponents().getResponses()).containsOnlyKeys("bad-request", "unauthorized", "forbidden",
        "too-many-requests", "internal-server-error", "service-unavailable");
  }

  /** The document declares exactly the closure of the operation: nothing unreachable, nothing missing. */
  @Test
  void declaresExactlyTheComponentsTheOperationReaches() {
    SpecDocument document = SpecDocument.of(SpecFixture.location(), openAPI);
    assertThat(document.reachableSchemas(create())).containsExactlyInAnyOrderElementsOf(openAPI.getComponents().getSchemas().keySet());
    assertThat(document.reachable(create())).filteredOn(ref -> ref.startsWith("#/components/responses/"))
        .hasSameSizeAs(openAPI.getComponents().getResponses().keySet());
  }

  @Test
  void tooManyRequestsDeclaresRetryAfterInSeconds() {
    assertThat(response("429").getHeaders()).containsOnlyKeys("Retry-After");
    assertThat(response("429").getHeaders().get("Retry-After").getSchema().getType()).isEqualTo("number");
  }

  /** DevRev's published request has these seventeen properties (the "18" counted one twice). */
  @Test
  void requestDeclaresEveryPropertyOfDevRevsRequest() {
    assertThat(openAPI.getComponents().getSchemas().get("conversations-create-request").getProperties().keySet())
        .containsExactly("type", "brand", "channels", "custom_fields", "custom_schema_spec", "description",
            "group", "is_spam", "members", "messages", "metadata", "owned_by", "source_channel", "source_channel_v2",
            "stage", "tags", "title");
    assertThat(openAPI.getComponents().getSchemas().get("conversations-create-request").getRequired())
        .containsExactly("type");
  }

  /** The drift command marks what it copied from DevRev; our own description must replace each mark. */
  @Test
  void everyDescriptionIsOurs() throws IOException {
    try (InputStream in = SpecDocumentTest.class.getResourceAsStream(SpecFixture.RESOURCE)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .as("descriptions the drift command left to write").doesNotContain("TODO: describe");
    }
  }

  @Test
  void carriesNoFernExtensionsButTheVersionHeader() throws IOException {
    try (InputStream in = SpecDocumentTest.class.getResourceAsStream(SpecFixture.RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text.replace("x-fern-version:", "")).doesNotContain("x-fern");
    }
  }

  @Test
  void namesTheApiVersionHeaderLikeDevRevsDocument() {
    assertThat(openAPI.getExtensions()).containsKey("x-fern-version");
    @SuppressWarnings("unchecked")
    Map<String, Object> version = (Map<String, Object>) openAPI.getExtensions().get("x-fern-version");
    assertThat(version).containsEntry("header", "x-devrev-version")
        .containsEntry("default", openAPI.getInfo().getVersion());
  }
}
