package io.sumoclient.serviceaccounts;

import java.time.Duration;

/**
 * Receives events about the client's calls, for metrics and tracing. Methods run on the calling
 * thread, so they must be quick and must not throw; every method does nothing by default.
 */
public interface CallListener {
  /** A listener that ignores every event. */
  CallListener NONE = new CallListener() {};

  /**
   * An operation finished, successfully or not, after all of its attempts.
   *
   * @param operation the operation
   * @param status the last HTTP status received, or {@code 0} when none arrived
   * @param failure the exception the caller receives, or {@code null} on success
   * @param duration the time from the call to its end, waits included
   */
  default void callEnded(
      Operation operation,
      int status,
      @org.jspecify.annotations.Nullable SumoLogicException failure,
      Duration duration) {}

  /**
   * A failed attempt will be repeated after a delay.
   *
   * @param operation the operation
   * @param attempt the number of the attempt that failed, starting at 1
   * @param delay the wait before the next attempt
   * @param reason why the attempt failed, such as {@code HTTP 429} or {@code timeout}
   */
  default void retryScheduled(Operation operation, int attempt, Duration delay, String reason) {}

  /**
   * A call waited for the client-side rate limiter before it was sent.
   *
   * @param operation the operation
   * @param waited how long it waited
   */
  default void rateLimited(Operation operation, Duration waited) {}
}
