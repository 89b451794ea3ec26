package ai.devrev.spec.gates;

import ai.devrev.spec.gates.Difference.Change;
import ai.devrev.spec.gates.Difference.Direction;
import ai.devrev.spec.walker.SpecDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The spec's release gate: the current document against the last release's, judged for consumers of
 * the generated client. A breaking change passes only when the major version moved, or when its line
 * is in {@code ACCEPTED-BREAKING-CHANGES.txt} ({@link ReleaseBaseline}).
 */
public final class Compatibility {
  /** The released document's name inside the release folder. */
  public static final String SPEC_FILE = "conversations-create.yaml";

  private Compatibility() {}

  /** Judges {@code current} against the release recorded in {@code baseline}. */
  public static Verdict judge(ReleaseBaseline baseline, SpecDocument current, String currentVersion) {
    StringBuilder report = new StringBuilder("Spec compatibility: ").append(current.location()).append(" (")
        .append(currentVersion).append("). ").append(baseline.describe()).append('\n');
    Path released = baseline.file(SPEC_FILE).orElse(null);
    if (released == null) {
      if (baseline.version().isPresent()) {
        throw new IllegalStateException("The release " + baseline.version().get() + " has no " + SPEC_FILE);
      }
      return new Verdict(true, List.of(), report.toString());
    }
    return judge(SpecDocument.load(released.toUri().toString()), current, currentVersion, baseline.majorMovedIn(currentVersion),
        baseline.accepted(), report);
  }

  static Verdict judge(SpecDocument released, SpecDocument current, String currentVersion, boolean majorMoved,
      Set<String> accepted, StringBuilder report) {
    List<Difference> changes = SpecDiff.all(released, current, Wording.RELEASE);
    List<Difference> blocked = new ArrayList<>();
    for (Difference change : changes) {
      if (isBreaking(change) && !majorMoved && !accepted.contains(line(change))) {
        blocked.add(change);
      }
    }
    report.append(changes.size()).append(" change(s), ").append(changes.stream().filter(Compatibility::isBreaking).count())
        .append(" breaking, ").append(blocked.size()).append(" not allowed")
        .append(majorMoved ? " (major version moved: breaking changes allowed)" : "").append('\n');
    changes.forEach(change -> report.append("  ").append(line(change))
        .append(blocked.contains(change) ? "   <- not allowed: move the major version or accept this line" : "").append('\n'));
    return new Verdict(blocked.isEmpty(), changes, report.toString());
  }

  /** The line the gate prints, and the one to copy into the accepted list. */
  public static String line(Difference change) {
    return (isBreaking(change) ? "BREAKING " : "compatible ") + change;
  }

  /**
   * Whether code compiled against the client generated from the release ("from") breaks, in source,
   * binary or behaviour, with the client generated from the current document ("to").
   */
  public static boolean isBreaking(Difference d) {
    boolean request = d.direction() == Direction.REQUEST;
    switch (d.kind()) {
      case OPERATION:
      case STATUS:
      case MEDIA_TYPE:
      case HEADER:
      case PROPERTY:
      case ENUM_VALUE:
      case UNION_MEMBER:
        // Removing takes away a method, constant or class people use; adding is what forward-compatible
        // enums, unions and UnexpectedStatusException are for.
        return d.change() == Change.REMOVED;
      case REQUIRED:
        if (request) {
          return d.change() == Change.ADDED; // calls that compiled now fail to build the request
        }
        // A response property that exists on both sides changes accessor type (Optional or not) either way.
        return d.from().properties().containsKey(d.subject()) && d.to().properties().containsKey(d.subject());
      case ADDITIONAL_PROPERTIES:
        return request && d.to().closed() && !d.from().closed();
      default:
        return true; // types, formats, security, discriminators, the version header
    }
  }

  /** {@code Compatibility <baseline dir> <current spec> <current version>}; throws when not allowed. */
  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: Compatibility <baseline dir> <current spec> <current version>");
    }
    Verdict verdict = judge(ReleaseBaseline.in(Path.of(args[0])), SpecDocument.load(args[1]), args[2]);
    System.out.print(verdict.report());
    if (!verdict.passed()) {
      throw new IllegalStateException("Breaking spec changes are not allowed: see above");
    }
  }
}
