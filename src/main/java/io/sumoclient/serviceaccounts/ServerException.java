package io.sumoclient.serviceaccounts;

/** A 5xx status: the server failed; the request may be worth repeating later. */
public final class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception from a failed response.
   *
   * @param details what the response carried
   */
  public ServerException(Details details) {
    super(details);
  }
}
