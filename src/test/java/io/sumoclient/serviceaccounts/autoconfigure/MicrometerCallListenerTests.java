package io.sumoclient.serviceaccounts.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sumoclient.serviceaccounts.ApiException;
import io.sumoclient.serviceaccounts.Operation;
import io.sumoclient.serviceaccounts.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MicrometerCallListenerTests {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerCallListener listener = new MicrometerCallListener(registry, "US2");

  @Test
  void timesCallsByOperationOutcomeAndDeployment() {
    listener.callEnded(Operation.DELETE_ACCESS_KEY, 204, null, Duration.ofMillis(40));

    assertThat(
            registry
                .get(MicrometerCallListener.CALLS)
                .tag("operation", "deleteAccessKeyOfAServiceAccount")
                .tag("method", "DELETE")
                .tag("outcome", "SUCCESS")
                .tag("status", "204")
                .tag("deployment", "US2")
                .timer()
                .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
        .isEqualTo(40);
  }

  @Test
  void classifiesFailures() {
    listener.callEnded(Operation.GET_SERVICE_ACCOUNT, 404, apiError(404), Duration.ZERO);
    listener.callEnded(Operation.GET_SERVICE_ACCOUNT, 503, apiError(503), Duration.ZERO);
    listener.callEnded(Operation.GET_SERVICE_ACCOUNT, 0, transportError(), Duration.ZERO);

    assertThat(outcome("404")).isEqualTo("CLIENT_ERROR");
    assertThat(outcome("503")).isEqualTo("SERVER_ERROR");
    assertThat(outcome("NONE")).isEqualTo("TRANSPORT_ERROR");
  }

  @Test
  void countsRetriesAndRateLimitWaits() {
    listener.retryScheduled(Operation.LIST_SERVICE_ACCOUNTS, 1, Duration.ofSeconds(1), "HTTP 429");
    listener.retryScheduled(Operation.LIST_SERVICE_ACCOUNTS, 2, Duration.ofSeconds(2), "HTTP 429");
    listener.rateLimited(Operation.LIST_SERVICE_ACCOUNTS, Duration.ofMillis(250));

    assertThat(registry.get(MicrometerCallListener.RETRIES).counter().count()).isEqualTo(2);
    assertThat(
            registry
                .get(MicrometerCallListener.RATE_LIMIT_WAITS)
                .tag("operation", "listServiceAccounts")
                .counter()
                .count())
        .isEqualTo(1);
  }

  private String outcome(String status) {
    return registry
        .get(MicrometerCallListener.CALLS)
        .tag("status", status)
        .timer()
        .getId()
        .getTag("outcome");
  }

  private static ApiException apiError(int status) {
    return new ApiException(
        new ApiException.Details(
            Operation.GET_SERVICE_ACCOUNT,
            "GET",
            "/api/v1/serviceAccounts/X",
            status,
            List.of(),
            null,
            Map.of(),
            ""));
  }

  private static TransportException transportError() {
    return new TransportException(
        Operation.GET_SERVICE_ACCOUNT, "connection reset", new IOException("reset"));
  }
}
