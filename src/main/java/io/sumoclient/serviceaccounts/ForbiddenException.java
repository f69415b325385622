package io.sumoclient.serviceaccounts;

/**
 * 403 Forbidden: the credentials lack a capability, or the request's {@code Origin} is not allowed
 * for the access key.
 */
public final class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception from a failed response.
   *
   * @param details what the response carried
   */
  public ForbiddenException(Details details) {
    super(details);
  }
}
