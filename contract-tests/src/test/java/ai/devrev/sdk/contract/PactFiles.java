package ai.devrev.sdk.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import java.io.File;
import java.nio.file.Path;

/** The pact the consumer tests wrote, read back with Pact's own reader. */
final class PactFiles {
  private PactFiles() {}

  static Path file() {
    return Path.of(Contract.PACT_DIR, Contract.CONSUMER + "-" + Contract.PROVIDER + ".json");
  }

  static Pact load() {
    File file = file().toFile();
    if (!file.isFile()) {
      throw new IllegalStateException("No pact at " + file.getAbsolutePath() + ": the consumer tests (surefire) write it first");
    }
    return DefaultPactReader.INSTANCE.loadPact(file);
  }
}
