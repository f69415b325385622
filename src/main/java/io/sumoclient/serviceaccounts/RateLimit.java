package io.sumoclient.serviceaccounts;

import java.time.Duration;

/**
 * A client-side limit matching Sumo Logic's: requests started per second and requests in flight.
 * Every client in the JVM with the same access ID and the same limit shares one budget, so parallel
 * jobs in one process stay under the server's limit together.
 *
 * @param requestsPerSecond the most requests started in any window of one second plus {@link
 *     #margin()}; 0 disables the rate part
 * @param maxInFlight the most requests awaiting a response at once; 0 disables the concurrency part
 * @param margin extra time added to the one-second window to absorb network jitter
 */
public record RateLimit(int requestsPerSecond, int maxInFlight, Duration margin) {

  /** Sumo Logic's limits: 4 requests per second and 10 in flight, with a 100 ms margin. */
  public static final RateLimit SUMO_LOGIC = new RateLimit(4, 10, Duration.ofMillis(100));

  /** No client-side limit. */
  public static final RateLimit NONE = new RateLimit(0, 0, Duration.ZERO);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the value out of range
   */
  public RateLimit {
    if (requestsPerSecond < 0 || requestsPerSecond > 10_000) {
      throw new IllegalArgumentException(
          "requestsPerSecond must be between 0 and 10000, got " + requestsPerSecond);
    }
    if (maxInFlight < 0 || maxInFlight > 10_000) {
      throw new IllegalArgumentException(
          "maxInFlight must be between 0 and 10000, got " + maxInFlight);
    }
    if (margin.isNegative()) {
      throw new IllegalArgumentException("margin must not be negative, got " + margin);
    }
  }

  /** {@return whether this limit restricts anything} */
  public boolean enabled() {
    return requestsPerSecond > 0 || maxInFlight > 0;
  }
}
