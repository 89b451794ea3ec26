package ai.devrev.spec.walker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation copy read by Atlassian's real validator: unions checked by their discriminator, merged
 * objects closed as their parts say, references written in place, and nothing of the path lost.
 */
class ValidationCopyTest {
  private static final String PATH = "/pets.create";
  private static final SpecDocument DOCUMENT =
      SpecDocument.load(ValidationCopyTest.class.getResource("/validation.yaml").toString());
  private static final String COPY = ValidationCopy.json(DOCUMENT, PATH);
  /** Objects stay open unless a schema closes itself, so a rejection below is the document's own words. */
  private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createForInlineApiSpecification(COPY)
      .withLevelResolver(LevelResolver.create().withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build())
      .build();

  @Test
  void holdsThePathAloneAndTheSchemasItReaches() throws Exception {
    JsonNode copy = tree();

    assertThat(copy.get("paths").size()).isEqualTo(1);
    assertThat(copy.at("/paths/~1pets.create").has("post")).isTrue();
    assertThat(copy.at("/components/schemas").has("pet")).isTrue();
    assertThat(copy.at("/components/schemas").has("too-short")).isTrue();
    assertThat(copy.at("/components/schemas").has("unused")).isFalse();
    assertThat(copy.at("/components/securitySchemes/token/scheme").asText()).isEqualTo("bearer");
    assertThat(copy.at("/x-version/header").asText()).isEqualTo("x-version");
  }

  @Test
  void writesResponsesBodiesParametersAndHeadersInPlaceOfTheirReferences() throws Exception {
    JsonNode copy = tree();
    JsonNode post = copy.at("/paths/~1pets.create/post");

    assertThat(copy.get("components").has("responses")).isFalse();
    assertThat(copy.get("components").has("requestBodies")).isFalse();
    assertThat(post.at("/responses/400/description").asText()).isEqualTo("Bad.");
    assertThat(post.at("/responses/400/headers/Retry-After/schema/type").asText()).isEqualTo("number");
    assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText()).isEqualTo("#/components/schemas/pet");
    assertThat(post.at("/parameters/0/name").asText()).isEqualTo("X-Trace"); // swagger-parser moves path parameters onto operations
    assertThat(post.at("/parameters/0/schema/maxLength").asInt()).isEqualTo(8);
    assertThat(post.at("/responses/201/content/application~1json/examples/kitten/value"))
        .isEqualTo(new ObjectMapper().readTree("{\"pet\":{\"type\":\"kitten\",\"name\":\"Tom\",\"meows\":true}}"));
  }

  @Test
  void aParameterWrittenInPlaceStillConstrains() {
    assertThat(VALIDATOR.validateRequest(create("{\"type\":\"dog\",\"name\":\"Rex\"}", "0123456789abcdef")).hasErrors()).isTrue();
    assertThat(VALIDATOR.validateRequest(create("{\"type\":\"dog\",\"name\":\"Rex\"}", "0123")).hasErrors()).isFalse();
  }

  @Test
  void declaresTheGlobalSecurityOnAnOperationWithoutItsOwnAndKeepsAnOperationsOwn() throws Exception {
    JsonNode copy = tree();

    assertThat(copy.at("/paths/~1pets.create/post/security/0").has("token")).isTrue();
    assertThat(copy.at("/paths/~1pets.create/put/security").isArray()).isTrue();
    assertThat(copy.at("/paths/~1pets.create/put/security")).isEmpty();
    assertThat(VALIDATOR.validateRequest(SimpleRequest.Builder.post(PATH).withContentType("application/json")
        .withBody("{\"type\":\"dog\",\"name\":\"Rex\"}").build()).hasErrors()).isTrue();
  }

  @Test
  void aUnionIsAnAnyOfOfItsMembersEachPinnedToItsLabels() throws Exception {
    JsonNode pet = tree().at("/components/schemas/pet");

    assertThat(pet.get("anyOf")).hasSize(2);
    assertThat(pet.at("/anyOf/0/properties/type/allOf/1/enum").toString()).isEqualTo("[\"cat\",\"kitten\"]");
    assertThat(pet.at("/anyOf/1/properties/type/allOf/1/enum").toString()).isEqualTo("[\"dog\"]");
    assertThat(pet.at("/anyOf/0/additionalProperties").asBoolean(true)).isFalse();
    assertThat(pet.at("/anyOf/0/required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("type", "name");
  }

  @Test
  void theDiscriminatorChoosesTheMemberWhoseFieldsApply() {
    assertAccepted(pet("{\"type\":\"kitten\",\"name\":\"Tom\",\"meows\":true}"));
    assertAccepted(pet("{\"type\":\"dog\",\"name\":\"Rex\",\"barks\":true}"));
    assertRejected(pet("{\"type\":\"cat\",\"name\":\"Tom\",\"barks\":true}"), "barks");
    assertRejected(pet("{\"type\":\"robot\",\"name\":\"R2\"}"), "robot");
    assertRejected(pet("{\"type\":\"dog\"}"), "name");
  }

  @Test
  void aUnionReachedThroughAReferenceStillConstrains() {
    assertAccepted(body("tagged", "{\"type\":\"dog\",\"name\":\"Rex\",\"since\":\"2024-01-24T00:00:00Z\"}"));
    assertRejected(body("tagged", "{\"type\":\"robot\",\"name\":\"R2\"}"), "robot");
    assertRejected(body("tagged", "{\"type\":\"dog\",\"name\":\"Rex\",\"meows\":true}"), "meows");
  }

  @Test
  void bothDeclarationsOfAPropertyHold() {
    assertAccepted(body("thing", "{\"id\":\"t\",\"state\":\"open\"}"));
    assertRejected(body("thing", "{\"id\":\"t\",\"state\":\"ajar\"}"), "ajar");
    assertRejected(body("thing", "{\"state\":\"open\"}"), "id");
  }

  @Test
  void aMemberThatMergesItsOwnUnionIsWrittenOnceAndStillConstrains() {
    assertAccepted(body("bird", "{\"kind\":\"bird\",\"wings\":2}"));
    assertRejected(body("bird", "{\"kind\":\"fish\",\"wings\":2}"), "fish");
    assertRejected(body("bird", "{\"kind\":\"bird\",\"wings\":\"two\"}"), "wings");
  }

  @Test
  void partsConstrainingOneKeywordDifferentlyAllHold() {
    assertAccepted(body("short_name", "\"Tom\""));
    assertRejected(body("short_name", "\"Tommaso\""), "Tommaso");
  }

  @Test
  void aDiscriminatorWithoutMembersLeavesAPlainObject() throws Exception {
    assertThat(tree().at("/components/schemas/widget").has("discriminator")).isFalse();
    assertAccepted(body("widget", "{\"type\":\"anything\"}"));
    assertRejected(body("widget", "{}"), "type");
  }

  @Test
  void aMemberThatIsAUnionOfItsOwnIsCheckedByBothDiscriminators() {
    assertAccepted(error("{\"type\":\"invalid\",\"field\":\"name\",\"message\":\"m\"}"));
    assertAccepted(error("{\"type\":\"validation\",\"subtype\":\"too-long\",\"max\":3}"));
    assertRejected(error("{\"type\":\"validation\",\"subtype\":\"too-long\",\"min\":3}"), "min");
    assertRejected(error("{\"type\":\"validation\",\"subtype\":\"too-wide\"}"), "too-wide");
    assertRejected(error("{\"type\":\"invalid\",\"max\":3,\"field\":\"name\"}"), "max");
    assertRejected(error("{\"type\":\"invalid\"}"), "field");
  }

  @Test
  void aUnionThatIsAMemberOfItselfFailsNamingIt() {
    SpecDocument looping = SpecDocument.parse("looping", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
        + "paths:\n  /x:\n    post:\n      responses:\n        '200':\n          description: ok\n"
        + "          content: {application/json: {schema: {$ref: '#/components/schemas/a'}}}\n"
        + "components:\n  schemas:\n"
        + "    a: {discriminator: {propertyName: t}, oneOf: [{$ref: '#/components/schemas/b'}]}\n"
        + "    b: {discriminator: {propertyName: u}, oneOf: [{$ref: '#/components/schemas/a'}]}\n");

    assertThatThrownBy(() -> ValidationCopy.json(looping, "/x")).hasMessageContaining("Union loop at /components/schemas/");
  }

  @Test
  void theBuildStepWritesTheCopyOfAClasspathDocument(@TempDir Path directory) throws Exception {
    Path output = directory.resolve("nested/copy.json");

    ValidationCopy.main(new String[] {"classpath:validation.yaml", PATH, output.toString()});

    assertThat(Files.readString(output)).isEqualTo(COPY);
    assertThatThrownBy(() -> ValidationCopy.main(new String[] {"classpath:absent.yaml", PATH, output.toString()}))
        .hasMessageContaining("absent.yaml is not on the classpath");
    assertThatThrownBy(() -> ValidationCopy.json(DOCUMENT, "/absent")).hasMessageContaining("has no path /absent");
    assertThatThrownBy(() -> ValidationCopy.main(new String[] {"one"})).hasMessageContaining("Usage");
  }

  private static JsonNode tree() throws Exception {
    return new ObjectMapper().readTree(COPY);
  }

  private static Request create(String body, String trace) {
    return SimpleRequest.Builder.post(PATH).withAuthorization("Bearer t").withHeader("X-Trace", trace)
        .withContentType("application/json").withBody(body).build();
  }

  private static ValidationReport pet(String pet) {
    return body("pet", pet);
  }

  /** A 201 answer whose {@code field} is {@code value}, beside a valid pet. */
  private static ValidationReport body(String field, String value) {
    String pet = "{\"type\":\"dog\",\"name\":\"Rex\"}";
    String body = field.equals("pet") ? "{\"pet\":" + value + "}" : "{\"pet\":" + pet + ",\"" + field + "\":" + value + "}";
    return VALIDATOR.validateResponse(PATH, Request.Method.POST,
        SimpleResponse.Builder.status(201).withContentType("application/json").withBody(body).build());
  }

  private static ValidationReport error(String body) {
    return VALIDATOR.validateResponse(PATH, Request.Method.POST,
        SimpleResponse.Builder.status(400).withContentType("application/json").withBody(body).build());
  }

  private static void assertAccepted(ValidationReport report) {
    assertThat(report.getMessages()).as("messages").isEmpty();
  }

  private static void assertRejected(ValidationReport report, String mentioning) {
    StringBuilder text = new StringBuilder();
    collect(report.getMessages(), text);
    assertThat(report.hasErrors()).as("expected errors, got%s", text).isTrue();
    assertThat(text.toString()).contains(mentioning);
  }

  private static void collect(List<ValidationReport.Message> messages, StringBuilder text) {
    for (ValidationReport.Message message : messages) {
      text.append('\n').append(message.getKey()).append(": ").append(message.getMessage());
      message.getAdditionalInfo().forEach(info -> text.append("\n    ").append(info));
      collect(message.getNestedMessages(), text);
    }
  }
}
