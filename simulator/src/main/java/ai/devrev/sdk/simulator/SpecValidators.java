package ai.devrev.sdk.simulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Atlassian {@link OpenApiInteractionValidator}s for {@code POST /conversations.create} that check what
 * our OpenAPI document means, not only what the validator understands of it.
 *
 * <p>Why this exists: the validator ignores {@code oneOf} discriminators (upstream issue 771), misreads
 * {@code additionalProperties} across {@code allOf}, and reads only operation-level {@code security}.
 * So the simulator's build writes a validation copy of our spec, in which each discriminated union is
 * resolved to the member its discriminator names, {@code allOf}s are merged and security is declared on
 * the operation; nothing is loosened. The simulator checks its traffic against that copy, and so can
 * your own tests, with {@link #builder()}.
 */
public final class SpecValidators {
  /** The one path this project's spec describes. */
  public static final String PATH = "/conversations.create";
  /** Where the {@code devrev-spec} artifact holds our OpenAPI document on the classpath. */
  public static final String SPEC_RESOURCE = "devrev/conversations-create.yaml";
  /** Where this jar holds the validation copy of {@link #SPEC_RESOURCE}, written when it was built. */
  static final String VALIDATION_COPY_RESOURCE = "ai/devrev/sdk/simulator/conversations-create.validation.json";

  private SpecValidators() {}

  /**
   * Our OpenAPI document, as packaged in {@code ai.devrev.sdk:devrev-spec}.
   *
   * @return the document's location
   */
  public static String ourSpec() {
    return resource(SPEC_RESOURCE, "add ai.devrev.sdk:devrev-spec");
  }

  /**
   * The validation copy of our spec, as JSON: {@link #PATH} only, discriminated unions resolved,
   * {@code allOf}s merged, security on the operation, every example kept. Written from the
   * {@code devrev-spec} this simulator was built with (the BOM keeps the two in step).
   *
   * @return the copy's location
   */
  public static String validationCopy() {
    return resource(VALIDATION_COPY_RESOURCE, "the simulator jar is incomplete: rebuild it");
  }

  /**
   * A validator builder over {@link #validationCopy()}; add a level resolver if you need one, and build.
   *
   * @return the validator's builder
   */
  public static OpenApiInteractionValidator.Builder builder() {
    return OpenApiInteractionValidator.createForInlineApiSpecification(validationCopy());
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

  private static String resource(String name, String remedy) {
    try (InputStream in = SpecValidators.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the classpath: " + remedy);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
