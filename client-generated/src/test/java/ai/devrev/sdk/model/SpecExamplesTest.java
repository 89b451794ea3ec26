package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example in the spec decodes into the generated types as a known kind with no leftover fields,
 * and encodes back to the same JSON: the examples and the generated code agree with each other.
 */
class SpecExamplesTest {
  private static final Map<String, Class<?>> ERROR_TYPES = Map.of(
      "400", ErrorBadRequest.class, "401", ErrorUnauthorized.class, "403", ErrorForbidden.class,
      "429", ErrorTooManyRequests.class, "500", ErrorInternalServerError.class, "503", ErrorServiceUnavailable.class);
  private static OpenAPI openAPI;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    openAPI = new OpenAPIV3Parser().read(System.getProperty("devrev.spec.file"), null, options);
  }

  private static Operation create() {
    return openAPI.getPaths().get("/conversations.create").getPost();
  }

  private static String json(Example example) throws Exception {
    return io.swagger.v3.core.util.Json.mapper().writeValueAsString(example.getValue());
  }

  @SuppressWarnings("unchecked")
  private static <T> void assertRoundTrip(Class<T> type, String name, String json) throws Exception {
    T value = Json.decode(type, json);
    String described = String.valueOf(value).replace("SnapWidget.Unknown", "SnapWidget");
    assertThat(described).as(name).doesNotContain("Unknown").doesNotContain("additionalProperties=");
    assertThat(Json.tree(Json.encode(type, value))).as(name).isEqualTo(Json.tree(json));
  }

  @Test
  void requestExamplesDecodeAndRoundTrip() throws Exception {
    Map<String, Example> examples = create().getRequestBody().getContent().get("application/json").getExamples();
    assertThat(examples).containsKeys("minimal", "full");
    for (Map.Entry<String, Example> example : examples.entrySet()) {
      assertRoundTrip(ConversationsCreateRequest.class, example.getKey(), json(example.getValue()));
    }
  }

  @Test
  void responseExamplesDecodeAndRoundTrip() throws Exception {
    int checked = 0;
    for (Map.Entry<String, ApiResponse> entry : create().getResponses().entrySet()) {
      ApiResponse response = entry.getValue();
      if (response.get$ref() != null) {
        response = openAPI.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
      }
      Class<?> type = entry.getKey().equals("201") ? ConversationsCreateResponse.class : ERROR_TYPES.get(entry.getKey());
      for (Map.Entry<String, Example> example : response.getContent().get("application/json").getExamples().entrySet()) {
        assertRoundTrip(type, entry.getKey() + " " + example.getKey(), json(example.getValue()));
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(7);
  }
}
