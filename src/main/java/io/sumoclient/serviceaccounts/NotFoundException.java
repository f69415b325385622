package io.sumoclient.serviceaccounts;

/** 404 Not Found: no resource has the given id. */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception from a failed response.
   *
   * @param details what the response carried
   */
  public NotFoundException(Details details) {
    super(details);
  }
}
