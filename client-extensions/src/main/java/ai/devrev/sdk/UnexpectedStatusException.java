package ai.devrev.sdk;

/**
 * A status the contract does not declare: a 404 or 502 from a proxy or load balancer, a 418, or a
 * redirect the client does not follow (one that would turn the {@code POST} into a {@code GET}, or a
 * chain too long: see {@code Location} in {@link #header(String)}). The status, headers and a bounded
 * excerpt of the body are kept. DevRev may have acted on the request.
 */
public final class UnexpectedStatusException extends DevRevApiException {
  private static final long serialVersionUID = 1L;

  UnexpectedStatusException(ErrorResponse response) {
    super(response);
  }
}
