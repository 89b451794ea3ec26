package ai.devrev.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document parses cleanly with the parser OpenAPI Generator uses, and says what the client needs. */
class SpecDocumentTest {
  private static SwaggerParseResult result;
  private static OpenAPI openAPI;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    String location = SpecDocumentTest.class.getResource("/devrev/conversations-create.yaml").toString();
    result = new OpenAPIV3Parser().readLocation(location, null, options);
    openAPI = result.getOpenAPI();
  }

  private static Operation create() {
    return openAPI.getPaths().get("/conversations.create").getPost();
  }

  private static ApiResponse response(String status) {
    ApiResponse response = create().getResponses().get(status);
    if (response.get$ref() != null) {
      String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
      return openAPI.getComponents().getResponses().get(name);
    }
    return response;
  }

  @Test
  void parsesWithoutErrorsOrWarnings() {
    assertThat(result.getMessages()).isEmpty();
    assertThat(openAPI.getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void declaresBearerAuthOnTheOperationAndTheServer() {
    assertThat(openAPI.getServers()).singleElement().satisfies(server ->
        assertThat(server.getUrl()).isEqualTo("https://api.devrev.ai"));
    assertThat(openAPI.getComponents().getSecuritySchemes().get("auth-token").getScheme()).isEqualTo("bearer");
    assertThat(create().getSecurity()).singleElement().satisfies(requirement ->
        assertThat(requirement).containsKey("auth-token"));
  }

  @Test
  void everyDeclaredStatusHasAnExample() {
    assertThat(create().getResponses().keySet()).containsExactlyInAnyOrder("201", "400", "401", "403", "429", "500", "503");
    for (String status : create().getResponses().keySet()) {
      MediaType json = response(status).getContent().get("application/json");
      assertThat(json.getExamples()).as(status).isNotEmpty();
    }
    Map<String, ?> requestExamples = create().getRequestBody().getContent().get("application/json").getExamples();
    assertThat(requestExamples).containsKeys("minimal", "full");
  }

  @Test
  void tooManyRequestsDeclaresRetryAfter() {
    assertThat(response("429").getHeaders()).containsKey("Retry-After");
  }

  /** DevRev's published request has these seventeen properties (the "18" counted one twice). */
  @Test
  void requestDeclaresEveryPropertyOfDevRevsRequest() {
    assertThat(openAPI.getComponents().getSchemas().get("conversations-create-request").getProperties().keySet())
        .containsExactlyInAnyOrder("type", "brand", "channels", "custom_fields", "custom_schema_spec", "description",
            "group", "is_spam", "members", "messages", "metadata", "owned_by", "source_channel", "source_channel_v2",
            "stage", "tags", "title");
    assertThat(openAPI.getComponents().getSchemas().get("conversations-create-request").getRequired())
        .containsExactly("type");
  }
}
