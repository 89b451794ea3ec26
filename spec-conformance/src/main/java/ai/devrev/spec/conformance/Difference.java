package ai.devrev.spec.conformance;

/**
 * One disagreement between our document and the upstream one, with where it is, what it is, and
 * whether it would break this client if left as it is.
 */
public final class Difference {
  /** What kind of fact disagrees. */
  public enum Kind { STATUS, HEADER, SECURITY, TYPE, FORMAT, PROPERTY, REQUIRED, ENUM_VALUE, ADDITIONAL_PROPERTIES, DISCRIMINATOR, UNION_MEMBER }

  /** Which document has the fact. */
  public enum Side { OURS_ONLY, UPSTREAM_ONLY, BOTH_DIFFER }

  private final String location;
  private final Kind kind;
  private final Side side;
  private final String detail;
  private final boolean breaking;

  Difference(String location, Kind kind, Side side, String detail, boolean breaking) {
    this.location = location;
    this.kind = kind;
    this.side = side;
    this.detail = detail;
    this.breaking = breaking;
  }

  public String location() {
    return location;
  }

  public Kind kind() {
    return kind;
  }

  public Side side() {
    return side;
  }

  public String detail() {
    return detail;
  }

  /** Whether the client generated from our document would misbehave against the upstream contract. */
  public boolean isBreaking() {
    return breaking;
  }

  @Override
  public String toString() {
    return (breaking ? "BREAKING     " : "NON-BREAKING ") + location + ": " + detail;
  }
}
