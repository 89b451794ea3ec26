package ai.devrev.sdk.simulator;

/**
 * The error answers the simulator can be told to give, each the body of one of the spec's examples.
 *
 * <p>Why: DevRev's errors cannot be provoked on demand (a rate limit, an outage), yet a client must
 * handle each; tests and Pact provider states pick one with {@link DevRevSimulator#enqueue}, or with the
 * request header {@value DevRevSimulator#RESPOND_WITH_HEADER} and the constant's {@link #status()} or
 * {@link #example()} name.
 */
public enum SimulatedError {
  /** 400 {@code artifact_already_attached_to_a_parent}. */
  ARTIFACT_ALREADY_ATTACHED(400, "artifact-already-attached"),
  /** 400 {@code missing_required_field}. */
  MISSING_REQUIRED_FIELD(400, "missing-required-field"),
  /** 401 {@code unauthenticated}. */
  UNAUTHENTICATED(401, "unauthenticated"),
  /** 403 {@code forbidden}. */
  FORBIDDEN(403, "forbidden"),
  /** 429 {@code too_many_requests}, with {@code Retry-After}. */
  TOO_MANY_REQUESTS(429, "too-many-requests"),
  /** 500 {@code internal_error}, with a {@code reference_id}. */
  INTERNAL_ERROR(500, "internal-error"),
  /** 503 {@code service_unavailable}. */
  SERVICE_UNAVAILABLE(503, "service-unavailable");

  private final int status;
  private final String example;

  SimulatedError(int status, String example) {
    this.status = status;
    this.example = example;
  }

  /**
   * The HTTP status.
   *
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * The name of the spec's example this error answers with.
   *
   * @return the name of the spec's example
   */
  public String example() {
    return example;
  }

  /**
   * The first error with this status, or with this example name.
   *
   * @param statusOrExample a status ({@code "429"}) or an example's name
   * @return the error
   */
  public static SimulatedError of(String statusOrExample) {
    for (SimulatedError error : values()) {
      if (String.valueOf(error.status).equals(statusOrExample.trim()) || error.example.equals(statusOrExample.trim())) {
        return error;
      }
    }
    throw new IllegalArgumentException("No simulated error " + statusOrExample + "; use a status (400, 401, 403, 429, 500, 503) or an example name");
  }
}
