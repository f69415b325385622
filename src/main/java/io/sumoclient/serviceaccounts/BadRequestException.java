package io.sumoclient.serviceaccounts;

/** 400 Bad Request: the body or a parameter was rejected. {@link #errors()} says which. */
public final class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception from a failed response.
   *
   * @param details what the response carried
   */
  public BadRequestException(Details details) {
    super(details);
  }
}
