package ai.devrev.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The document as the {@code devrev-spec} jar holds it, its examples, and a validator that honours discriminators. */
final class SpecFixture {
  /** Where the jar holds the document; the tests read it from there, as consumers do. */
  static final String RESOURCE = "/devrev/conversations-create.yaml";
  static final String PATH = "/conversations.create";
  static final String TOKEN = "Bearer example-token";

  static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode document;
  private static OpenApiInteractionValidator validator;

  private SpecFixture() {}

  static synchronized JsonNode document() {
    if (document == null) {
      try (InputStream in = SpecFixture.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is not on the test classpath");
        }
        document = YAML.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return document;
  }

  static String location() {
    return SpecFixture.class.getResource(RESOURCE).toString();
  }

  static JsonNode operation() {
    return document().path("paths").path(PATH).path("post");
  }

  /** The response object for {@code status}, with a {@code $ref} to {@code #/components/responses} followed. */
  static JsonNode response(String status) {
    JsonNode response = operation().path("responses").path(status);
    if (response.has("$ref")) {
      String ref = response.get("$ref").asText();
      return document().path("components").path("responses").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return response;
  }

  /** One named example: of the request ({@code status} null) or of a response. */
  static final class Example {
    final String status;
    final String name;
    final JsonNode value;

    Example(String status, String name, JsonNode value) {
      this.status = status;
      this.name = name;
      this.value = value;
    }

    boolean isRequest() {
      return status == null;
    }

    @Override
    public String toString() {
      return (isRequest() ? "request" : status) + " " + name;
    }
  }

  /** Every named example the operation declares, request first, then responses in document order. */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    operation().path("requestBody").path("content").path("application/json").path("examples").fields()
        .forEachRemaining(e -> examples.add(new Example(null, e.getKey(), e.getValue().get("value"))));
    operation().path("responses").fieldNames().forEachRemaining(status ->
        response(status).path("content").path("application/json").path("examples").fields()
            .forEachRemaining(e -> examples.add(new Example(status, e.getKey(), e.getValue().get("value")))));
    return examples;
  }

  /**
   * Atlassian's validator over {@link DiscriminatorResolution#validationCopy the discriminator-resolved copy}
   * of the document, at its default levels.
   */
  static synchronized OpenApiInteractionValidator validator() {
    if (validator == null) {
      try {
        String copy = JSON.writeValueAsString(DiscriminatorResolution.validationCopy(document()));
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(copy).build();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return validator;
  }

  static ValidationReport validateRequest(JsonNode body) {
    return validateRequest(body, TOKEN);
  }

  static ValidationReport validateRequest(JsonNode body, String authorization) {
    SimpleRequest.Builder request = SimpleRequest.Builder.post(PATH)
        .withContentType("application/json")
        .withAccept("application/json")
        .withBody(write(body));
    if (authorization != null) {
      request.withAuthorization(authorization);
    }
    return validator().validateRequest(request.build());
  }

  /** Validates {@code body} as the {@code status} response, with a value for each header the response declares. */
  static ValidationReport validateResponse(String status, JsonNode body) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(Integer.parseInt(status))
        .withContentType("application/json")
        .withBody(write(body));
    response(status).path("headers").fieldNames().forEachRemaining(header ->
        response.withHeader(header, headerValue(header, body)));
    return validator().validateResponse(PATH, Request.Method.POST, response.build());
  }

  private static String headerValue(String header, JsonNode body) {
    if (header.equals("Retry-After")) {
      return body.has("retry_after") ? body.get("retry_after").asText() : "30";
    }
    throw new IllegalStateException("No example value for response header " + header);
  }

  static String write(JsonNode body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String describe(ValidationReport report) {
    StringBuilder text = new StringBuilder();
    for (ValidationReport.Message message : report.getMessages()) {
      text.append('\n').append(message.getLevel()).append(' ').append(message.getKey()).append(": ").append(message.getMessage());
      message.getAdditionalInfo().forEach(info -> text.append("\n    ").append(info));
      message.getNestedMessages().forEach(nested -> text.append("\n    ").append(nested.getKey()).append(": ").append(nested.getMessage()));
    }
    return text.toString();
  }
}
