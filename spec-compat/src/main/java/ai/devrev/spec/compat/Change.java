package ai.devrev.spec.compat;

/**
 * One difference between the released spec and the current one, and whether it breaks code that was
 * compiled against the client generated from the released spec.
 */
public final class Change {
  private final String location;
  private final String what;
  private final boolean breaking;

  Change(String location, String what, boolean breaking) {
    this.location = location;
    this.what = what;
    this.breaking = breaking;
  }

  /** Where: operation, request or response status, then the JSON path ({@code []} for array items). */
  public String location() {
    return location;
  }

  /** What changed, in words. */
  public String what() {
    return what;
  }

  /** Whether consumers of the generated client would break (source, binary or behaviour). */
  public boolean isBreaking() {
    return breaking;
  }

  /** The line the gate prints, and the line to copy into ACCEPTED-BREAKING-CHANGES.txt to accept it. */
  @Override
  public String toString() {
    return (breaking ? "BREAKING " : "compatible ") + location + ": " + what;
  }
}
