package io.sumoclient.serviceaccounts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Applies a {@link RetryPolicy}: whether a failed attempt is repeated, and after what wait. */
final class Backoff {
  private final RetryPolicy policy;
  private final TimeSource time;

  Backoff(RetryPolicy policy, TimeSource time) {
    this.policy = policy;
    this.time = time;
  }

  /**
   * Returns the wait before the next attempt, or {@code null} when the failure is final.
   *
   * @param op the operation
   * @param attempt the number of the attempt that failed, from 1
   * @param failure how it failed
   * @param sent whether the request may have reached the server
   */
  @Nullable Duration retryDelay(
      Operation op, int attempt, SumoLogicException failure, boolean sent) {
    if (attempt >= policy.maxAttempts() || !retryable(op, failure, sent)) {
      return null;
    }
    boolean throttled = failure instanceof RateLimitException;
    Duration base = throttled ? policy.rateLimitBaseDelay() : policy.baseDelay();
    Duration requested = failure instanceof ApiException api ? retryAfter(api) : null;
    if (requested != null) {
      return min(requested, policy.maxRetryAfter());
    }
    long bound =
        min(base.multipliedBy(1L << Math.min(attempt - 1, 20)), policy.maxDelay()).toNanos();
    return Duration.ofNanos(bound == 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
  }

  /** Whether the failure of a POST leaves its outcome unknown. */
  static boolean ambiguousCreate(Operation op, SumoLogicException failure, boolean sent) {
    return op.isCreate() && sent && transient_(failure) && !(failure instanceof RateLimitException);
  }

  private static boolean retryable(Operation op, SumoLogicException failure, boolean sent) {
    if (!transient_(failure)) {
      return false;
    }
    return !op.isCreate() || !sent || failure instanceof RateLimitException;
  }

  private static boolean transient_(SumoLogicException failure) {
    if (failure instanceof TransportException) {
      return true;
    }
    if (failure instanceof ApiException api) {
      int status = api.status();
      return status == 429 || status == 502 || status == 503 || status == 504;
    }
    return false;
  }

  private @Nullable Duration retryAfter(ApiException failure) {
    String value = failure.header("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(time.now(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
