package ai.devrev.spec.gates;

import ai.devrev.spec.walker.SpecDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The drift command: {@code DriftCli --ours FILE --upstream FILE|URL [--operation "POST /conversations.create"]
 * [--report FILE] [--write | --mode check|write]} lists and classifies every difference between our document and DevRev's;
 * with {@code --write} it first writes them into our document ({@link SpecWriter}) and then lists what is
 * left for a person. Exit codes: 0 conformant, 1 differences, 2 usage or unreadable input, 3 upstream
 * document absent.
 */
public final class DriftCli {
  private static final int MAX_PASSES = 5;

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
    List<String> rest = new ArrayList<>(List.of(args));
    boolean write = rest.remove("--write");
    int mode = rest.indexOf("--mode");
    if (mode >= 0 && mode + 1 < rest.size()) {
      write |= rest.get(mode + 1).equals("write");
      rest.subList(mode, mode + 2).clear();
    }
    args = rest.toArray(String[]::new);
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
      System.err.println("usage: DriftCli --ours FILE --upstream FILE|URL [--operation \"POST /path\"] [--report FILE] [--write]");
      return 2;
    }
    ours = normalized(ours);
    upstream = normalized(upstream);
    if (isAbsentFile(upstream)) {
      System.err.println("The upstream document " + upstream + " is absent: nothing was compared, conformance is unknown.");
      return 3;
    }
    try {
      SpecDocument theirs = SpecDocument.load(upstream);
      if (write) {
        System.out.print(writeInto(Path.of(ours), theirs, read(upstream), parts[0], parts[1]));
      }
      Verdict verdict = Conformance.check(SpecDocument.load(ours), theirs, parts[0], parts[1]);
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

  /**
   * Writes DevRev's differences into our document, pass after pass until nothing more can be written
   * (a new union member brings schemas whose own differences the next pass sees); returns a summary.
   */
  static String writeInto(Path ours, SpecDocument upstream, String upstreamText, String method, String path) throws IOException {
    StringBuilder summary = new StringBuilder();
    Set<String> described = new LinkedHashSet<>();
    for (int pass = 1; pass <= MAX_PASSES; pass++) {
      String text = Files.readString(ours, StandardCharsets.UTF_8);
      SpecDocument mine = SpecDocument.parse(ours.toString(), text);
      List<Difference> differences = Conformance.check(mine, upstream, method, path).differences();
      SpecWriter.Outcome outcome = SpecWriter.write(text, mine, upstreamText, differences);
      described.addAll(outcome.described());
      if (outcome.text().equals(text)) {
        break;
      }
      Files.writeString(ours, outcome.text(), StandardCharsets.UTF_8);
      summary.append("Pass ").append(pass).append(": wrote ").append(differences.size() - outcome.notWritten().size())
          .append(" difference(s) into ").append(ours).append('\n');
    }
    if (!described.isEmpty()) {
      summary.append(described.size()).append(" description(s) to write, marked '").append(SpecWriter.DESCRIBE)
          .append("' (copied from DevRev's ").append(String.join(", ", described)).append(")\n");
    }
    return summary.toString();
  }

  private static String normalized(String location) {
    return location.contains(":") && !location.startsWith("/") ? location : Path.of(location).toAbsolutePath().normalize().toString();
  }

  /** A document's text, from a path or a URL. */
  static String read(String location) throws IOException {
    if (location.startsWith("http://") || location.startsWith("https://") || location.startsWith("file:")) {
      try (InputStream in = URI.create(location).toURL().openStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return Files.readString(Path.of(location), StandardCharsets.UTF_8);
  }

  static void write(Path target, String text) throws IOException {
    if (target.toAbsolutePath().getParent() != null) {
      Files.createDirectories(target.toAbsolutePath().getParent());
    }
    Files.writeString(target, text, StandardCharsets.UTF_8);
  }
}
