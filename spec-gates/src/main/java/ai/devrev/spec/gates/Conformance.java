package ai.devrev.spec.gates;

import ai.devrev.spec.gates.Difference.Change;
import ai.devrev.spec.gates.Difference.Direction;
import ai.devrev.spec.walker.SpecDocument;
import java.util.List;

/**
 * The drift gate: our document against DevRev's published one, for the operation we cover. Any
 * difference fails it; each is classed BREAKING when the client generated from our document would
 * misbehave against DevRev's contract as it stands (an enum value or union member only DevRev has is
 * not: the client keeps unknown ones; a property we would send that DevRev does not know is).
 */
public final class Conformance {
  private Conformance() {}

  /** Compares {@code method path} of our document with DevRev's. */
  public static Verdict check(SpecDocument ours, SpecDocument upstream, String method, String path) {
    List<Difference> differences = SpecDiff.operation(ours, upstream, Wording.DRIFT, method, path);
    long breaking = differences.stream().filter(Conformance::isBreaking).count();
    StringBuilder report = new StringBuilder("Conformance of ").append(method.toUpperCase(java.util.Locale.ROOT))
        .append(' ').append(path).append('\n')
        .append("  ours:     ").append(ours.location()).append('\n')
        .append("  upstream: ").append(upstream.location()).append('\n')
        .append(differences.size()).append(" difference(s), ").append(breaking).append(" breaking\n");
    differences.forEach(d -> report.append("  ").append(isBreaking(d) ? "BREAKING     " : "NON-BREAKING ").append(d).append('\n'));
    return new Verdict(differences.isEmpty(), differences, report.toString());
  }

  /** Whether the client generated from ours ("from") misbehaves against DevRev's contract ("to"). */
  public static boolean isBreaking(Difference d) {
    boolean request = d.direction() == Direction.REQUEST;
    boolean onlyOurs = d.change() == Change.REMOVED;
    switch (d.kind()) {
      case STATUS:
      case HEADER:
      case ADDITIONAL_PROPERTIES:
        return false;
      case ENUM_VALUE:
      case UNION_MEMBER:
        return onlyOurs && request; // we would send what DevRev does not accept
      case PROPERTY:
        return onlyOurs ? request || d.from().required().contains(d.subject())
            : request && d.to().required().contains(d.subject());
      case REQUIRED:
        return onlyOurs ? !request : request;
      default:
        return true; // types, formats, media types, security, discriminators, the version header
    }
  }
}
