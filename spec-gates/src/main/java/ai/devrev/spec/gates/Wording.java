package ai.devrev.spec.gates;

/**
 * How a comparison names its two sides in the report: ours and DevRev's, or the release and now.
 */
public final class Wording {
  /** Ours ("from") against DevRev's published document ("to"). */
  public static final Wording DRIFT = new Wording("only upstream", "only in ours", "in ours", "upstream");
  /** The released spec ("from") against the current one ("to"). */
  public static final Wording RELEASE = new Wording("added", "removed", "before", "now");

  private final String added;
  private final String removed;
  private final String inFrom;
  private final String inTo;

  private Wording(String added, String removed, String inFrom, String inTo) {
    this.added = added;
    this.removed = removed;
    this.inFrom = inFrom;
    this.inTo = inTo;
  }

  String added(String what) {
    return what + " " + added;
  }

  String removed(String what) {
    return what + " " + removed;
  }

  String changed(String what, Object from, Object to) {
    return what + " " + from + " " + inFrom + ", " + to + " " + inTo;
  }
}
