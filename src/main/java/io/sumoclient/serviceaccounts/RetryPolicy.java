package io.sumoclient.serviceaccounts;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how the client repeats a failed attempt.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>GET, PUT and DELETE are repeated after a connect failure, a timeout, a reset or empty
 *       response, and after HTTP 429, 502, 503 and 504. HTTP 500 is not repeated: Sumo Logic
 *       answers 500 to requests it cannot handle (a malformed path, for one), so repeating it
 *       spends the rate limit for nothing.
 *   <li>POST (a create) is repeated only when the server provably did not process it: after HTTP
 *       429, or after a failure before the request was sent (connect, DNS, TLS). When a create may
 *       have happened, the client throws {@link CreateOutcomeUnknownException} instead.
 *   <li>Waits grow exponentially from {@link #baseDelay()} (from {@link #rateLimitBaseDelay()}
 *       after a 429), capped at {@link #maxDelay()}, with full jitter: a random wait between zero
 *       and the bound. A {@code Retry-After} header, in seconds or as an HTTP date, replaces the
 *       computed wait, capped at {@link #maxRetryAfter()}.
 *   <li>No attempt and no wait outlasts the call's deadline ({@link
 *       ServiceAccountClientBuilder#deadline(Duration)}).
 * </ul>
 *
 * @param maxAttempts the most attempts per call, including the first; 1 disables retries
 * @param baseDelay the first backoff bound after a failure other than 429
 * @param rateLimitBaseDelay the first backoff bound after a 429
 * @param maxDelay the largest computed wait
 * @param maxRetryAfter the largest wait a {@code Retry-After} header can ask for
 */
public record RetryPolicy(
    int maxAttempts,
    Duration baseDelay,
    Duration rateLimitBaseDelay,
    Duration maxDelay,
    Duration maxRetryAfter) {

  /** The default: 4 attempts, 250 ms base, 1 s base after 429, 10 s cap, Retry-After up to 30 s. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(
          4,
          Duration.ofMillis(250),
          Duration.ofSeconds(1),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30));

  /** A policy that never repeats an attempt. */
  public static final RetryPolicy NONE = DEFAULT.withMaxAttempts(1);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the value out of range
   */
  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException(
          "maxAttempts must be between 1 and 100, got " + maxAttempts);
    }
    nonNegative(baseDelay, "baseDelay");
    nonNegative(rateLimitBaseDelay, "rateLimitBaseDelay");
    nonNegative(maxDelay, "maxDelay");
    nonNegative(maxRetryAfter, "maxRetryAfter");
  }

  /**
   * Returns a copy with another attempt limit.
   *
   * @param maxAttempts the most attempts per call, 1 to 100
   * @return the new policy
   */
  public RetryPolicy withMaxAttempts(int maxAttempts) {
    return new RetryPolicy(maxAttempts, baseDelay, rateLimitBaseDelay, maxDelay, maxRetryAfter);
  }

  /**
   * Returns a copy with other backoff bounds.
   *
   * @param baseDelay the first bound after a failure other than 429
   * @param rateLimitBaseDelay the first bound after a 429
   * @param maxDelay the largest computed wait
   * @return the new policy
   */
  public RetryPolicy withBackoff(
      Duration baseDelay, Duration rateLimitBaseDelay, Duration maxDelay) {
    return new RetryPolicy(maxAttempts, baseDelay, rateLimitBaseDelay, maxDelay, maxRetryAfter);
  }

  /**
   * Returns a copy with another cap on {@code Retry-After}.
   *
   * @param maxRetryAfter the largest wait a server can ask for
   * @return the new policy
   */
  public RetryPolicy withMaxRetryAfter(Duration maxRetryAfter) {
    return new RetryPolicy(maxAttempts, baseDelay, rateLimitBaseDelay, maxDelay, maxRetryAfter);
  }

  private static void nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
  }
}
