package ai.devrev.sdk.contract;

import ai.devrev.sdk.simulator.SpecValidators;
import ai.devrev.spec.walker.SpecDocument;
import ai.devrev.spec.walker.ValidationCopy;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * DevRev's published OpenAPI document, which the pact is validated against beside our spec: where this
 * build finds it ({@code devrev.reference.spec}) and its validation copy.
 *
 * <p>Atlassian's validator cannot read DevRev's unions as they are, so the copy is written here, at
 * test time, by the same spec-walker code the simulator's build uses for the copy of our spec it ships:
 * both documents are checked the same way, and spec-walker stays a build-time library.
 */
final class PublishedDocument {
  private static String validationCopy;

  private PublishedDocument() {}

  /** The document's location: the {@code devrev.reference.spec} property, else the shared copy beside the checkout. */
  static Path path() {
    return Path.of(System.getProperty("devrev.reference.spec", "../../shared/reference/devrev-openapi-public.yaml"));
  }

  static boolean isPresent() {
    return Files.isRegularFile(path());
  }

  /** The validation copy of the document for {@link SpecValidators#PATH}, as JSON; written once (about a megabyte to read). */
  static synchronized String validationCopy() {
    if (validationCopy == null) {
      validationCopy = ValidationCopy.json(SpecDocument.load(path().toString()), SpecValidators.PATH);
    }
    return validationCopy;
  }
}
