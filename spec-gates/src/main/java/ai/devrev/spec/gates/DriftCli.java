package ai.devrev.spec.gates;

import ai.devrev.spec.walker.SpecDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The drift command: {@code DriftCli --ours FILE --upstream FILE|URL [--operation "POST /conversations.create"]
 * [--report FILE]} lists and classifies every difference between our document and DevRev's.
 * Exit codes: 0 conformant, 1 differences, 2 usage or unreadable input, 3 upstream document absent.
 */
public final class DriftCli {
  private DriftCli() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** A local path or file: URL that does not exist; http(s) URLs are left to the parser. */
  static boolean isAbsentFile(String location) {
    if (location.startsWith("http://") || location.startsWith("https://")) {
      return false;
    }
    Path path = location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
    return !Files.exists(path);
  }

  static int run(String[] args) {
    String ours = null;
    String upstream = null;
    String operation = "POST /conversations.create";
    String report = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--ours": ours = args[i + 1]; break;
        case "--upstream": upstream = args[i + 1]; break;
        case "--operation": operation = args[i + 1]; break;
        case "--report": report = args[i + 1]; break;
        default:
          System.err.println("Unknown option " + args[i]);
          return 2;
      }
    }
    String[] parts = operation.trim().split("\\s+", 2);
    if (ours == null || upstream == null || parts.length != 2 || args.length % 2 != 0) {
      System.err.println("usage: DriftCli --ours FILE --upstream FILE|URL [--operation \"POST /path\"] [--report FILE]");
      return 2;
    }
    if (isAbsentFile(upstream)) {
      System.err.println("The upstream document " + upstream + " is absent: nothing was compared, conformance is unknown.");
      return 3;
    }
    try {
      Verdict verdict = Conformance.check(SpecDocument.load(ours), SpecDocument.load(upstream), parts[0], parts[1]);
      System.out.print(verdict.report());
      if (report != null) {
        write(Path.of(report), verdict.report());
      }
      return verdict.passed() ? 0 : 1;
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }

  static void write(Path target, String text) throws IOException {
    if (target.toAbsolutePath().getParent() != null) {
      Files.createDirectories(target.toAbsolutePath().getParent());
    }
    Files.writeString(target, text, StandardCharsets.UTF_8);
  }
}
