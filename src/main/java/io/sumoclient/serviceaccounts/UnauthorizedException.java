package io.sumoclient.serviceaccounts;

/**
 * 401 Unauthorized: the credentials were not accepted. Sumo Logic also answers 401, now and then,
 * when it throttles authentication.
 */
public final class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception from a failed response.
   *
   * @param details what the response carried
   */
  public UnauthorizedException(Details details) {
    super(details);
  }
}
