package ai.devrev.sdk.simulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Atlassian {@link OpenApiInteractionValidator}s for {@code POST /conversations.create} that check what
 * an OpenAPI document means, not only what the validator understands of it.
 *
 * <p>Why this exists: the validator ignores {@code oneOf} discriminators (upstream issue 771), misreads
 * {@code additionalProperties} across {@code allOf}, and reads only operation-level {@code security}.
 * The builders returned here validate against a copy of the document in which each discriminated union
 * is resolved to the member its discriminator names, {@code allOf}s are merged and security is declared
 * on the operation; nothing is loosened. The simulator checks its traffic with them, and the contract
 * tests check the pact with them, against our spec and against DevRev's published document alike.
 */
public final class SpecValidators {
  /** The one path this project's spec describes. */
  public static final String PATH = "/conversations.create";
  /** Where the {@code devrev-spec} artifact holds our OpenAPI document on the classpath. */
  public static final String SPEC_RESOURCE = "devrev/conversations-create.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private SpecValidators() {}

  /** Our OpenAPI document, as packaged in {@code ai.devrev.sdk:devrev-spec}. */
  public static String ourSpec() {
    try (InputStream in = SpecValidators.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SPEC_RESOURCE + " is not on the classpath: add ai.devrev.sdk:devrev-spec");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The validation copy of an OpenAPI document (YAML or JSON): {@link #PATH} only, with discriminated
   * unions resolved, {@code allOf}s merged and security on the operation. Returned as JSON text.
   */
  public static String prepare(String openApiDocument) {
    return prepare(readDocument(openApiDocument));
  }

  /** The validation copy of a parsed document, as JSON text. */
  static String prepare(JsonNode document) {
    try {
      return JSON.writeValueAsString(ValidationDocument.prepare(document, PATH));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The validation copy does not serialize", e);
    }
  }

  /** An OpenAPI document (YAML or JSON) as a tree. */
  static JsonNode readDocument(String openApiDocument) {
    try {
      return YAML.readTree(openApiDocument);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not an OpenAPI document: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Levels under which a request may carry fields its schema does not name, as the published contract
   * allows: they switch off only the validator's habit of closing every object
   * ({@code validation.schema.additionalProperties}); a schema that says {@code additionalProperties: false}
   * itself is still enforced.
   */
  static LevelResolver publishedContractLevels() {
    return LevelResolver.create().withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build();
  }

  /** A validator builder over the validation copy of {@code openApiDocument}; add a level resolver and build. */
  public static OpenApiInteractionValidator.Builder builderFor(String openApiDocument) {
    return OpenApiInteractionValidator.createForInlineApiSpecification(prepare(openApiDocument));
  }
}
