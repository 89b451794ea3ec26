package ai.devrev.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.devrev.sdk.simulator.SpecValidators;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.pact.PactLevelResolverFactory;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every interaction of the pact, request and response, validated against our spec and against DevRev's
 * published document with Atlassian's {@code OpenApiInteractionValidator}.
 *
 * <p>Each interaction is validated on its own (the library's {@code PactProviderValidator} throws
 * {@code NoSuchMethodError} with Pact 4.7), with {@link PactLevelResolverFactory}'s levels (a pact
 * response may leave out required fields the consumer does not read), over the validation copy of each
 * document (discriminators resolved, since the validator does not implement them): our spec's from
 * {@link SpecValidators#validationCopy()}, DevRev's from {@link PublishedDocument}. Any message at ERROR
 * fails the build; every message goes to {@code target/pact-validation.txt}.
 */
class PactMatchesSpecIT {
  /** One per interaction the consumer tests define; fewer means an interaction was lost on the way. */
  static final int INTERACTIONS = 9;
  private static final List<String> REPORT = new ArrayList<>();

  @Test
  void thePactIsAV4PactHoldingEveryInteractionUnderStableNames() throws IOException {
    Pact pact = PactFiles.load();

    assertThat(pact.getConsumer().getName()).isEqualTo(Contract.CONSUMER);
    assertThat(pact.getProvider().getName()).isEqualTo(Contract.PROVIDER);
    assertThat(pact.getInteractions()).hasSize(INTERACTIONS)
        .allSatisfy(interaction -> assertThat(interaction.getProviderStates()).isNotEmpty());
    assertThat(new ObjectMapper().readTree(PactFiles.file().toFile()).at("/metadata/pactSpecification/version").asText())
        .startsWith("4.");
  }

  @TestFactory
  Stream<DynamicTest> everyInteractionMatchesOurSpec() {
    return validations("our spec", SpecValidators.validationCopy());
  }

  @TestFactory
  Stream<DynamicTest> everyInteractionMatchesDevRevsPublishedDocument() {
    assumeTrue(PublishedDocument.isPresent(),
        "DevRev's published document is not at " + PublishedDocument.path().toAbsolutePath() + " (property devrev.reference.spec): "
            + "the pact is not validated against it in this build");
    return validations("DevRev's published document", PublishedDocument.validationCopy());
  }

  @TestFactory
  Stream<DynamicTest> aMisspelledRequestFieldIsCaughtByBothDocuments() {
    Request misspelled = SimpleRequest.Builder.post(SpecValidators.PATH)
        .withAuthorization("Bearer " + Contract.TOKEN)
        .withContentType("application/json")
        .withBody("{\"type\":\"support\",\"titel\":\"Printer on fire\"}")
        .build();
    return Stream.of(
        DynamicTest.dynamicTest("our spec", () -> assertThat(
            SpecValidators.builder().build().validateRequest(misspelled).hasErrors()).isTrue()),
        DynamicTest.dynamicTest("DevRev's published document", () -> {
          assumeTrue(PublishedDocument.isPresent(), "DevRev's published document is not at " + PublishedDocument.path().toAbsolutePath());
          assertThat(OpenApiInteractionValidator.createForInlineApiSpecification(PublishedDocument.validationCopy()).build()
              .validateRequest(misspelled).hasErrors()).isTrue();
        }));
  }

  private static Stream<DynamicTest> validations(String documentName, String validationCopy) {
    OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(validationCopy)
        .withLevelResolver(PactLevelResolverFactory.create())
        .build();
    return PactFiles.load().getInteractions().stream().map(interaction -> DynamicTest.dynamicTest(
        interaction.getDescription(), () -> {
          ValidationReport report = validate(validator, interaction);
          record(documentName, interaction, report);
          List<String> errors = report.getMessages().stream()
              .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
              .map(Object::toString)
              .collect(Collectors.toList());
          assertThat(errors).as("%s against %s", interaction.getDescription(), documentName).isEmpty();
        }));
  }

  private static ValidationReport validate(OpenApiInteractionValidator validator, Interaction interaction) {
    SynchronousRequestResponse exchange = interaction.asSynchronousRequestResponse();
    if (exchange == null) {
      throw new IllegalStateException("Not an HTTP interaction: " + interaction.getDescription());
    }
    return validator.validate(PactRequest.of(exchange.getRequest()), PactResponse.of(exchange.getResponse()));
  }

  private static synchronized void record(String documentName, Interaction interaction, ValidationReport report) {
    long errors = report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR).count();
    REPORT.add(String.format("%s | %s | %d error(s)", documentName, interaction.getDescription(), errors));
    report.getMessages().forEach(message -> REPORT.add("    " + message.getLevel() + " " + message.getKey() + ": " + message.getMessage()));
  }

  @AfterAll
  static void writeReport() throws IOException {
    Files.write(Path.of("target", "pact-validation.txt"), REPORT);
  }
}
