package ai.devrev.spec.gates;

import ai.devrev.spec.walker.FlatSchema;

/**
 * One fact on which two OpenAPI documents disagree: where, what kind of fact, which way, in words, and
 * (for schema facts) the two merged schemas compared, so that a gate can judge it and the drift command
 * can write it. The same shape serves every comparison: ours against DevRev's, the release against now.
 */
public final class Difference {
  /** What kind of fact disagrees. */
  public enum Kind {
    OPERATION, STATUS, MEDIA_TYPE, HEADER, SECURITY, VERSION_HEADER,
    TYPE, FORMAT, PROPERTY, REQUIRED, ENUM_VALUE, ADDITIONAL_PROPERTIES, DISCRIMINATOR, UNION_MEMBER
  }

  /** Which way: the fact is only in the newer ("to") document, only in the older ("from"), or differs. */
  public enum Change { ADDED, REMOVED, CHANGED }

  /** Whether the fact is about what the client sends or what it receives. */
  public enum Direction { REQUEST, RESPONSE, DOCUMENT }

  private final String location;
  private final Kind kind;
  private final Change change;
  private final Direction direction;
  private final String subject;
  private final String detail;
  private final FlatSchema from;
  private final FlatSchema to;

  Difference(String location, Kind kind, Change change, Direction direction, String subject, String detail,
      FlatSchema from, FlatSchema to) {
    this.location = location;
    this.kind = kind;
    this.change = change;
    this.direction = direction;
    this.subject = subject;
    this.detail = detail;
    this.from = from;
    this.to = to;
  }

  /** Operation, status, then the JSON path in the body: {@code POST /conversations.create 201 $.created_by (dev_user)}. */
  public String location() {
    return location;
  }

  public Kind kind() {
    return kind;
  }

  public Change change() {
    return change;
  }

  public Direction direction() {
    return direction;
  }

  /** The property, enum value, union label, status, header or media type concerned; null for a changed type. */
  public String subject() {
    return subject;
  }

  /** The difference in words, e.g. {@code enum value 'archived' only upstream}. */
  public String detail() {
    return detail;
  }

  /** The older document's merged schema at {@link #location()}, for schema facts; else null. */
  public FlatSchema from() {
    return from;
  }

  /** The newer document's merged schema at {@link #location()}, for schema facts; else null. */
  public FlatSchema to() {
    return to;
  }

  /** {@code location: detail}, the text gates print after their verdict. */
  @Override
  public String toString() {
    return location + ": " + detail;
  }
}
