package io.sumoclient.serviceaccounts.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/** Admits requests within the configured {@link RateLimits}, or refuses them with a 429. */
final class RateLimiter {
  private static final long WINDOW_NANOS = Duration.ofSeconds(1).toNanos();

  private final Deque<Long> admitted = new ArrayDeque<>();
  private @Nullable RateLimits limits;
  private int inFlight;

  synchronized void limits(@Nullable RateLimits limits) {
    this.limits = limits;
    admitted.clear();
  }

  /** Admits one request, which must be {@linkplain #release() released} when answered. */
  synchronized void acquire() {
    RateLimits current = limits;
    if (current != null) {
      long now = System.nanoTime();
      while (!admitted.isEmpty() && now - admitted.peekFirst() >= WINDOW_NANOS) {
        admitted.removeFirst();
      }
      if (admitted.size() >= current.requestsPerSecond()
          || inFlight >= current.concurrentRequests()) {
        throw new ApiProblem(
            429, "rate.limit.exceeded", "API rate limit for this user has been exceeded.");
      }
      admitted.addLast(now);
    }
    inFlight++;
  }

  synchronized void release() {
    inFlight--;
  }
}
