package ai.devrev.spec.conformance;

import java.util.List;

/** The differences found for one operation, and a rendering a reviewer reads. */
public final class ConformanceReport {
  private final String operation;
  private final String ours;
  private final String upstream;
  private final List<Difference> differences;

  ConformanceReport(String operation, String ours, String upstream, List<Difference> differences) {
    this.operation = operation;
    this.ours = ours;
    this.upstream = upstream;
    this.differences = List.copyOf(differences);
  }

  public List<Difference> differences() {
    return differences;
  }

  public boolean isConformant() {
    return differences.isEmpty();
  }

  public String render() {
    StringBuilder text = new StringBuilder("Conformance of ").append(operation).append('\n')
        .append("  ours:     ").append(ours).append('\n')
        .append("  upstream: ").append(upstream).append('\n')
        .append(differences.size()).append(" difference(s), ")
        .append(differences.stream().filter(Difference::isBreaking).count()).append(" breaking\n");
    differences.forEach(difference -> text.append("  ").append(difference).append('\n'));
    return text.toString();
  }
}
