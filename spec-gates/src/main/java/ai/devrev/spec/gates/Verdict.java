package ai.devrev.spec.gates;

import java.util.List;

/** What a gate decided, the differences it judged, and the report a reviewer reads. */
public final class Verdict {
  private final boolean passed;
  private final List<Difference> differences;
  private final String report;

  Verdict(boolean passed, List<Difference> differences, String report) {
    this.passed = passed;
    this.differences = List.copyOf(differences);
    this.report = report;
  }

  public boolean passed() {
    return passed;
  }

  public List<Difference> differences() {
    return differences;
  }

  public String report() {
    return report;
  }
}
