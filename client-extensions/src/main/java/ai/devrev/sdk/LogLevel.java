package ai.devrev.sdk;

/**
 * How much of each attempt the client logs, to the sink given to the builder or else the SLF4J logger
 * {@code ai.devrev.sdk.http}. Secret headers and the client's token are always redacted; bodies appear
 * only at {@link #BODY}.
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
