package io.sumoclient.serviceaccounts.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.sumoclient.serviceaccounts.Deployment;
import io.sumoclient.serviceaccounts.RateLimitException;
import io.sumoclient.serviceaccounts.RetryPolicy;
import io.sumoclient.serviceaccounts.ServerException;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.SumoLogicException;
import io.sumoclient.serviceaccounts.TransportException;
import io.sumoclient.serviceaccounts.WrongDeploymentException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SumoLogicEmulatorFaultsTest {
  private static final int CALLS = 12;

  private static SumoLogicEmulator emulator;
  private static ExecutorService callers;
  private ServiceAccountClient client;

  @BeforeAll
  static void start() {
    emulator = SumoLogicEmulator.start();
    callers = Executors.newFixedThreadPool(CALLS);
  }

  @AfterAll
  static void stop() {
    callers.shutdownNow();
    emulator.close();
  }

  @BeforeEach
  void newClient() {
    emulator.reset();
    client = emulator.newClientBuilder().retryPolicy(RetryPolicy.NONE).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void scriptedStatusFailsOnlyTheNextCalls() {
    emulator.failNext(2, Fault.status(503));

    assertThatThrownBy(client::listServiceAccounts)
        .asInstanceOf(type(ServerException.class))
        .satisfies(e -> assertThat(e.status()).isEqualTo(503))
        .satisfies(e -> assertThat(e.errorCode()).contains("service.unavailable"))
        .satisfies(e -> assertThat(e.requestId()).isPresent());
    assertThatThrownBy(client::listServiceAccounts).isInstanceOf(ServerException.class);
    assertThat(client.listServiceAccounts()).isEmpty();
  }

  @Test
  void scriptedStatusCarriesTheGivenCodeAndMessage() {
    emulator.failNext(Fault.status(500, "internal.error", "Boom."));

    assertThatThrownBy(client::listServiceAccounts)
        .asInstanceOf(type(ServerException.class))
        .satisfies(e -> assertThat(e.errors()).extracting("code").containsExactly("internal.error"))
        .satisfies(e -> assertThat(e.errors()).extracting("message").containsExactly("Boom."));
  }

  @Test
  void clearFaultsDiscardsQueuedFaults() {
    emulator.failNext(3, Fault.status(500));

    emulator.clearFaults();

    assertThat(client.listServiceAccounts()).isEmpty();
  }

  @Test
  void delayLongerThanTheReadTimeoutGivesTransportException() {
    emulator.failNext(Fault.delay(Duration.ofMillis(400)));

    try (ServiceAccountClient impatient =
        emulator
            .newClientBuilder()
            .retryPolicy(RetryPolicy.NONE)
            .readTimeout(Duration.ofMillis(100))
            .build()) {

      assertThatThrownBy(impatient::listServiceAccounts).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void delayShorterThanTheReadTimeoutStillAnswers() {
    emulator.failNext(Fault.delay(Duration.ofMillis(50)));
    long start = System.nanoTime();

    List<?> accounts = client.listServiceAccounts();

    assertThat(accounts).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }

  @Test
  void droppedConnectionGivesTransportException() {
    emulator.failNext(Fault.dropConnection());

    assertThatThrownBy(client::listServiceAccounts).isInstanceOf(TransportException.class);
  }

  @Test
  void threeDroppedConnectionsFailACallOnAReusedConnection() {
    client.listServiceAccounts();
    emulator.failNext(3, Fault.dropConnection());

    assertThatThrownBy(client::listServiceAccounts).isInstanceOf(TransportException.class);
  }

  @Test
  void wrongDeploymentAnswersMovedWithTheOtherHost() {
    emulator.simulateWrongDeployment(URI.create("http://api.us2.sumologic.com"));

    assertThatThrownBy(client::listServiceAccounts)
        .asInstanceOf(type(WrongDeploymentException.class))
        .satisfies(e -> assertThat(e.status()).isEqualTo(301))
        .satisfies(e -> assertThat(e.deployment()).contains(Deployment.US2))
        .satisfies(
            e ->
                assertThat(e.location())
                    .contains("http://api.us2.sumologic.com/api/v1/serviceAccounts"))
        .satisfies(e -> assertThat(e.errorCode()).contains("moved"))
        .satisfies(e -> assertThat(e.requestId()).isPresent())
        .satisfies(e -> assertThat(e.bodyExcerpt()).startsWith("{\"status\":301,\"id\":"));
  }

  @Test
  void wrongDeploymentKeepsTheQueryInTheLocation() {
    emulator.simulateWrongDeployment(URI.create("https://api.example.test"));

    assertThatThrownBy(
            () ->
                client.deleteServiceAccount(
                    "0000000000000001",
                    io.sumoclient.serviceaccounts.model.DeleteServiceAccountOptions
                        .deleteContentPermanently()))
        .asInstanceOf(type(WrongDeploymentException.class))
        .satisfies(
            e ->
                assertThat(e.location())
                    .contains(
                        "https://api.example.test/api/v1/serviceAccounts/0000000000000001"
                            + "?deleteContent=true"));
  }

  @Test
  void clearWrongDeploymentAnswersNormallyAgain() {
    emulator.simulateWrongDeployment(Deployment.EU);

    emulator.clearWrongDeployment();

    assertThat(client.listServiceAccounts()).isEmpty();
  }

  @Test
  void rateLimitsRejectRapidCallsWithSumoLogicsError() throws Exception {
    emulator.enableRateLimits();

    List<SumoLogicException> failures = callConcurrently(CALLS);

    assertThat(failures)
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(e)
                    .asInstanceOf(type(RateLimitException.class))
                    .satisfies(r -> assertThat(r.errorCode()).contains("rate.limit.exceeded"))
                    .satisfies(
                        r ->
                            assertThat(r.errors())
                                .extracting("message")
                                .containsExactly(
                                    "API rate limit for this user has been exceeded.")));
    assertThat(failures.size())
        .isGreaterThanOrEqualTo(CALLS - RateLimits.SUMO_LOGIC.requestsPerSecond());
  }

  @Test
  void noRateLimitsByDefault() throws Exception {
    List<SumoLogicException> failures = callConcurrently(CALLS);

    assertThat(failures).isEmpty();
  }

  @Test
  void disableRateLimitsLiftsThem() throws Exception {
    emulator.enableRateLimits();

    emulator.disableRateLimits();

    assertThat(callConcurrently(CALLS)).isEmpty();
  }

  @Test
  void concurrencyLimitRejectsCallsBeyondTheRequestsInFlight() throws Exception {
    try (SumoLogicEmulator limited =
            SumoLogicEmulator.builder().rateLimits(new RateLimits(1000, 2)).start();
        ServiceAccountClient limitedClient =
            limited.newClientBuilder().retryPolicy(RetryPolicy.NONE).build()) {
      limited.failNext(3, Fault.delay(Duration.ofMillis(300)));

      List<SumoLogicException> failures = callConcurrently(limitedClient, 3);

      assertThat(failures).singleElement().isInstanceOf(RateLimitException.class);
    }
  }

  private List<SumoLogicException> callConcurrently(int calls) throws InterruptedException {
    return callConcurrently(client, calls);
  }

  private static List<SumoLogicException> callConcurrently(ServiceAccountClient caller, int calls)
      throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(calls);
    Callable<Object> call =
        () -> {
          ready.countDown();
          ready.await();
          return caller.listServiceAccounts();
        };
    List<Future<Object>> results = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      results.add(callers.submit(call));
    }
    List<SumoLogicException> failures = new ArrayList<>();
    for (Future<Object> result : results) {
      try {
        result.get();
      } catch (ExecutionException e) {
        failures.add((SumoLogicException) e.getCause());
      }
    }
    return failures;
  }
}
