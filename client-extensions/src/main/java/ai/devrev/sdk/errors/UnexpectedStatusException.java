package ai.devrev.sdk.errors;

/**
 * A status the contract does not declare (a 404 from a proxy, a 502 from a load balancer, a 418):
 * the status, headers and a bounded excerpt of the body are kept.
 */
public final class UnexpectedStatusException extends DevRevApiException {
  private static final long serialVersionUID = 1L;

  public UnexpectedStatusException(ErrorResponse response) {
    super(response);
  }
}
