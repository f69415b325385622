package io.sumoclient.serviceaccounts.testing;

/**
 * Limits the emulator enforces with 429 answers when rate limiting is on.
 *
 * @param requestsPerSecond the most requests admitted in any one-second window, at least 1
 * @param concurrentRequests the most requests handled at once, at least 1
 */
public record RateLimits(int requestsPerSecond, int concurrentRequests) {
  /** Sumo Logic's published limits: 4 requests per second per user, 10 in flight per key. */
  public static final RateLimits SUMO_LOGIC = new RateLimits(4, 10);

  /**
   * Checks both limits.
   *
   * @param requestsPerSecond the most requests admitted in any one-second window, at least 1
   * @param concurrentRequests the most requests handled at once, at least 1
   */
  public RateLimits {
    if (requestsPerSecond < 1 || concurrentRequests < 1) {
      throw new IllegalArgumentException(
          "requestsPerSecond and concurrentRequests must be at least 1, got "
              + requestsPerSecond
              + " and "
              + concurrentRequests);
    }
  }
}
