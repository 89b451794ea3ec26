package ai.devrev.spec;

import ai.devrev.spec.walker.Pointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The document as the {@code devrev-spec} jar holds it, and its examples. */
final class SpecFixture {
  /** Where the jar holds the document; the tests read it from there, as consumers do. */
  static final String RESOURCE = "/devrev/conversations-create.yaml";
  static final String PATH = "/conversations.create";

  static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode document;

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
    return response.has("$ref") ? document().at(Pointer.ofRef(response.get("$ref").asText())) : response;
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
}
