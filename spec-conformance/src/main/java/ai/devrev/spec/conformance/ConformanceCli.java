package ai.devrev.spec.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ConformanceCli --ours FILE --upstream FILE|URL [--operation "POST /conversations.create"] [--report FILE]}.
 * Exit codes: 0 conformant, 1 differences, 2 usage or unreadable input, 3 upstream document absent.
 */
public final class ConformanceCli {
  private ConformanceCli() {}

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
    String oursLocation = null;
    String upstreamLocation = null;
    String operation = "POST /conversations.create";
    String report = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--ours": oursLocation = args[i + 1]; break;
        case "--upstream": upstreamLocation = args[i + 1]; break;
        case "--operation": operation = args[i + 1]; break;
        case "--report": report = args[i + 1]; break;
        default:
          System.err.println("Unknown option " + args[i]);
          return 2;
      }
    }
    String[] parts = operation.trim().split("\\s+", 2);
    if (oursLocation == null || upstreamLocation == null || parts.length != 2 || args.length % 2 != 0) {
      System.err.println("usage: ConformanceCli --ours FILE --upstream FILE|URL [--operation \"POST /path\"] [--report FILE]");
      return 2;
    }
    if (isAbsentFile(upstreamLocation)) {
      System.err.println("The upstream document " + upstreamLocation + " is absent: nothing was compared, conformance is unknown.");
      return 3;
    }
    try {
      ConformanceReport result = SpecConformance.compare(oursLocation, upstreamLocation, parts[0], parts[1]);
      System.out.print(result.render());
      if (report != null) {
        Path target = Path.of(report);
        if (target.getParent() != null) {
          Files.createDirectories(target.getParent());
        }
        Files.writeString(target, result.render(), StandardCharsets.UTF_8);
      }
      return result.isConformant() ? 0 : 1;
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
