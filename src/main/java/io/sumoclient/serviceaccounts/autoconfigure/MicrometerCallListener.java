package io.sumoclient.serviceaccounts.autoconfigure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.sumoclient.serviceaccounts.CallListener;
import io.sumoclient.serviceaccounts.Operation;
import io.sumoclient.serviceaccounts.SumoLogicException;
import io.sumoclient.serviceaccounts.TransportException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Records the client's calls in Micrometer. Every meter is tagged with {@code operation} (the
 * OpenAPI operation id), {@code method} and {@code deployment} (a code such as {@code US2}, or
 * {@code custom} for another base URL):
 *
 * <ul>
 *   <li>{@value #CALLS}: a timer per call, also tagged {@code outcome} ({@code SUCCESS}, {@code
 *       CLIENT_ERROR}, {@code SERVER_ERROR}, {@code TRANSPORT_ERROR}, {@code REDIRECTION} or {@code
 *       UNKNOWN}) and {@code status} (the last HTTP status, or {@code NONE});
 *   <li>{@value #RETRIES}: a counter of retried attempts;
 *   <li>{@value #RATE_LIMIT_WAITS}: a counter of calls held back by the client's rate limiter.
 * </ul>
 */
public final class MicrometerCallListener implements CallListener {
  /** The name of the call timer. */
  public static final String CALLS = "sumologic.client.calls";

  /** The name of the retry counter. */
  public static final String RETRIES = "sumologic.client.retries";

  /** The name of the rate-limit wait counter. */
  public static final String RATE_LIMIT_WAITS = "sumologic.client.rate-limit.waits";

  private final MeterRegistry registry;
  private final String deployment;

  /**
   * Creates a listener.
   *
   * @param registry where meters are registered
   * @param deployment the deployment tag: a code such as {@code US2}, or {@code custom}
   */
  public MicrometerCallListener(MeterRegistry registry, String deployment) {
    this.registry = registry;
    this.deployment = deployment;
  }

  @Override
  public void callEnded(
      Operation operation, int status, @Nullable SumoLogicException failure, Duration duration) {
    Tags tags =
        tags(operation)
            .and("outcome", outcome(status, failure))
            .and("status", status == 0 ? "NONE" : Integer.toString(status));
    Timer.builder(CALLS)
        .description("Calls to the Sumo Logic Service Accounts API")
        .tags(tags)
        .register(registry)
        .record(duration);
  }

  @Override
  public void retryScheduled(Operation operation, int attempt, Duration delay, String reason) {
    Counter.builder(RETRIES)
        .description("Attempts retried after a failure")
        .tags(tags(operation))
        .register(registry)
        .increment();
  }

  @Override
  public void rateLimited(Operation operation, Duration waited) {
    Counter.builder(RATE_LIMIT_WAITS)
        .description("Calls held back by the client-side rate limiter")
        .tags(tags(operation))
        .register(registry)
        .increment();
  }

  private Tags tags(Operation operation) {
    return Tags.of(
        "operation", operation.operationId(),
        "method", operation.method(),
        "deployment", deployment);
  }

  static String outcome(int status, @Nullable SumoLogicException failure) {
    if (failure == null) {
      return "SUCCESS";
    }
    if (failure instanceof TransportException || status == 0) {
      return "TRANSPORT_ERROR";
    }
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    return status >= 300 ? "REDIRECTION" : "UNKNOWN";
  }
}
