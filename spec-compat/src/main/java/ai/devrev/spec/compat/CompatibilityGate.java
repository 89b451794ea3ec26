package ai.devrev.spec.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The release rule for spec changes: a breaking change passes only when the major version moved past
 * the released one, or when the change is listed in {@code ACCEPTED-BREAKING-CHANGES.txt} beside the
 * released spec, the one reviewed place for such decisions.
 */
public final class CompatibilityGate {
  /** What the gate decided, with the report a reviewer reads. */
  public static final class Verdict {
    private final boolean passed;
    private final String report;

    Verdict(boolean passed, String report) {
      this.passed = passed;
      this.report = report;
    }

    public boolean passed() {
      return passed;
    }

    public String report() {
      return report;
    }
  }

  private CompatibilityGate() {}

  /**
   * Judges {@code current} against the release in {@code baselineDir} ({@code conversations-create.yaml},
   * {@code released-version.txt}, {@code ACCEPTED-BREAKING-CHANGES.txt}).
   */
  public static Verdict judge(Path baselineDir, Path current, String currentVersion) throws IOException {
    String releasedVersion = Files.readString(baselineDir.resolve("released-version.txt"), StandardCharsets.UTF_8).strip();
    Set<String> accepted = Files.readAllLines(baselineDir.resolve("ACCEPTED-BREAKING-CHANGES.txt"), StandardCharsets.UTF_8)
        .stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
    List<Change> changes = SpecCompatibility.compare(
        baselineDir.resolve("conversations-create.yaml").toUri().toString(), current.toUri().toString());
    boolean majorMoved = major(currentVersion) > major(releasedVersion);
    List<Change> blocking = changes.stream()
        .filter(Change::isBreaking)
        .filter(change -> !majorMoved && !accepted.contains(change.toString()))
        .collect(Collectors.toList());

    StringBuilder report = new StringBuilder();
    report.append("Spec compatibility: ").append(current).append(" (").append(currentVersion)
        .append(") against the release ").append(releasedVersion).append('\n');
    report.append(changes.size()).append(" change(s), ")
        .append(changes.stream().filter(Change::isBreaking).count()).append(" breaking, ")
        .append(blocking.size()).append(" not allowed")
        .append(majorMoved ? " (major version moved: breaking changes allowed)" : "").append('\n');
    changes.forEach(change -> report.append("  ").append(change)
        .append(blocking.contains(change) ? "   <- not allowed: bump the major version or accept it" : "").append('\n'));
    return new Verdict(blocking.isEmpty(), report.toString());
  }

  static int major(String version) {
    String digits = version.split("[.-]", 2)[0];
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Version does not start with a major number: " + version, e);
    }
  }

  /** {@code CompatibilityGate <baseline dir> <current spec> <current version>}; exit 1 when not allowed. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: CompatibilityGate <baseline dir> <current spec> <current version>");
      System.exit(2);
    }
    Verdict verdict = judge(Path.of(args[0]), Path.of(args[1]), args[2]);
    System.out.print(verdict.report());
    System.exit(verdict.passed() ? 0 : 1);
  }
}
