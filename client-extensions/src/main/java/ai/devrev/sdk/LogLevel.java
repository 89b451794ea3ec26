package ai.devrev.sdk;

/**
 * How much of each exchange the client logs (SLF4J logger {@code ai.devrev.sdk.http}). The
 * {@code Authorization} header is always redacted; bodies appear only at {@link #BODY}.
 */
public enum LogLevel {
  /** Nothing (the default). */
  NONE,
  /** Request line, status and time taken. */
  BASIC,
  /** {@link #BASIC} and the headers, {@code Authorization} redacted. */
  HEADERS,
  /** {@link #HEADERS} and the bodies (the start of them, for large ones). */
  BODY
}
