package ai.devrev.api.gate;

import ai.devrev.spec.gates.ReleaseBaseline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Java API gate of the published jars.
 *
 * <p>Two rules. First, each jar's API must equal its committed dump ({@code api-gate/api/<artifact>.api}):
 * any difference fails the build and prints the diff, so every API change is a reviewed line in a pull
 * request; {@code update} rewrites the dumps. Second, against the last release
 * ({@link ReleaseBaseline}): a member removed or changed since then fails unless the major version moved
 * or its line is in {@code ACCEPTED-BREAKING-CHANGES.txt}; added members are listed and pass.
 */
public final class ApiGate {
  /** What one run found, printed whole; {@link #passed()} decides the build. */
  public static final class Result {
    private final StringBuilder report = new StringBuilder();
    private boolean passed = true;

    public boolean passed() {
      return passed;
    }

    public String report() {
      return report.toString();
    }
  }

  /** A first dump or a large change is read in the report file; the console gets its start. */
  private static final int CONSOLE_LINES = 300;

  private ApiGate() {}

  /** The build's failure: the report above says it all, so no stack trace follows it. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Checks (or, with {@code update}, rewrites) the dump of each {@code artifact=path} in {@code artifacts}
   * under {@code dumps}, then compares with the release in {@code baseline}.
   */
  public static Result run(boolean update, Path dumps, ReleaseBaseline baseline, String version, String updateCommand,
      List<String> artifacts) throws IOException {
    Result result = new Result();
    result.report.append("Java API gate (").append(update ? "update" : "check").append("), version ").append(version)
        .append(". ").append(baseline.describe()).append('\n');
    Set<String> accepted = baseline.accepted();
    for (String artifact : artifacts) {
      int equals = artifact.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("Expected artifact=path, got " + artifact);
      }
      String name = artifact.substring(0, equals);
      Path built = Path.of(artifact.substring(equals + 1));
      String dump = ApiDump.of(built);
      Path committed = dumps.resolve(name + ".api").toAbsolutePath().normalize();
      String previous = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
      if (update) {
        if (!dump.equals(previous)) {
          Files.createDirectories(dumps);
          Files.writeString(committed, dump, StandardCharsets.UTF_8);
          result.report.append("  ").append(name).append(": dump rewritten, ").append(committed).append('\n');
        } else {
          result.report.append("  ").append(name).append(": dump unchanged\n");
        }
      } else if (!dump.equals(previous)) {
        result.passed = false;
        result.report.append("  ").append(name).append(": the API differs from ").append(committed)
            .append(Files.exists(committed) ? "" : " (absent)").append(". Review the diff, then run\n    ")
            .append(updateCommand).append("\n    and commit the dump.\n")
            .append(UnifiedDiff.of(committed + " (committed)", previous, name + " (this build)", dump));
      } else {
        result.report.append("  ").append(name).append(": matches its dump\n");
      }
      againstRelease(name, dump, baseline, version, accepted, result);
    }
    return result;
  }

  private static void againstRelease(String name, String dump, ReleaseBaseline baseline, String version,
      Set<String> accepted, Result result) throws IOException {
    Path released = baseline.file(name + ".api").orElse(null);
    if (released == null) {
      if (baseline.version().isPresent()) {
        result.report.append("  ").append(name).append(": not in the release ").append(baseline.version().get())
            .append(", so nothing to be compatible with\n");
      }
      return;
    }
    List<String> before = ApiDump.entries(Files.readString(released, StandardCharsets.UTF_8));
    List<String> now = ApiDump.entries(dump);
    Set<String> removed = new LinkedHashSet<>(before);
    removed.removeAll(now);
    Set<String> added = new LinkedHashSet<>(now);
    added.removeAll(before);
    boolean majorMoved = baseline.majorMovedIn(version);
    List<String> blocked = new ArrayList<>();
    result.report.append("  ").append(name).append(" since ").append(baseline.version().get()).append(": ")
        .append(added.size()).append(" added, ").append(removed.size()).append(" removed or changed")
        .append(majorMoved && !removed.isEmpty() ? " (major version moved: allowed)" : "").append('\n');
    added.forEach(entry -> result.report.append("    added      ").append(entry).append('\n'));
    for (String entry : removed) {
      String line = name + " " + entry;
      boolean allowed = majorMoved || accepted.contains(line);
      result.report.append(allowed ? "    removed    " : "    BREAKING   ").append(line).append('\n');
      if (!allowed) {
        blocked.add(line);
      }
    }
    if (!blocked.isEmpty()) {
      result.passed = false;
      result.report.append("  ").append(blocked.size()).append(" breaking change(s) to ").append(name)
          .append(": move the major version, or accept each by copying its line (after BREAKING) into ")
          .append(ReleaseBaseline.ACCEPTED).append('\n');
    }
  }

  /**
   * {@code ApiGate check|update <dumps dir> <baseline dir> <version> <report file> <update command> artifact=path...};
   * throws when the gate fails, which fails the build.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 7 || !(args[0].equals("check") || args[0].equals("update"))) {
      throw new IllegalArgumentException("usage: ApiGate check|update <dumps dir> <baseline dir> <version> <report file>"
          + " <update command> artifact=path...");
    }
    Result result = run(args[0].equals("update"), Path.of(args[1]), ReleaseBaseline.in(Path.of(args[2])), args[3], args[5],
        List.of(args).subList(6, args.length));
    Path report = Path.of(args[4]);
    String[] lines = result.report().split("\n", -1);
    if (lines.length > CONSOLE_LINES) {
      System.out.println(String.join("\n", List.of(lines).subList(0, CONSOLE_LINES)));
      System.out.println("... " + (lines.length - CONSOLE_LINES) + " more line(s) in " + report);
    } else {
      System.out.print(result.report());
    }
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, result.report(), StandardCharsets.UTF_8);
    if (!result.passed()) {
      throw new Failed("The Java API gate failed: see the diff above or " + report);
    }
  }
}
