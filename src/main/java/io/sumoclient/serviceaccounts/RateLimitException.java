package io.sumoclient.serviceaccounts;

/**
 * 429 Too Many Requests: over 4 requests per second per user, or over 10 in flight per access key.
 */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception from a failed response.
   *
   * @param details what the response carried
   */
  public RateLimitException(Details details) {
    super(details);
  }
}
