package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.DeleteServiceAccountOptions;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AsyncClientTest {
  private static final String BASE = "/api/v1/serviceAccounts";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void everyOperationCompletesItsFuture() throws Exception {
    Fixtures.stubEveryOperation(server);
    try (ServiceAccountClient client = Fixtures.clientFor(server)) {
      AsyncServiceAccountClient async = client.async();

      List<Object> results = new ArrayList<>();
      results.add(async.listServiceAccounts().get(5, TimeUnit.SECONDS).size());
      results.add(
          async
              .createServiceAccount(CreateServiceAccountRequest.of("n", "a@acme.com", List.of()))
              .get()
              .id());
      results.add(async.getServiceAccount("A").get().name());
      results.add(
          async
              .updateServiceAccount("A", UpdateServiceAccountRequest.builder().active(true).build())
              .get()
              .id());
      results.add(
          async.deleteServiceAccount("A", DeleteServiceAccountOptions.transferToCaller()).get());
      results.add(async.listAccessKeys("A").get().size());
      results.add(
          async.createAccessKey("A", CreateAccessKeyRequest.builder("k").build()).get().secret());
      results.add(async.getAccessKey("A", "K").get().label());
      results.add(async.updateAccessKey("A", "K", UpdateAccessKeyRequest.enable()).get().id());
      results.add(async.deleteAccessKey("A", "K").get());

      assertThat(results)
          .containsExactly(
              1,
              "000000000FE20FE2",
              "ci-deployer",
              "000000000FE20FE2",
              null,
              1,
              Fixtures.CREATED_SECRET,
              "ci key",
              "su0w3Q37CBzHUM",
              null);
    }
    assertThat(requests()).isEqualTo(10);
  }

  @Test
  void invalidInputFailsTheFutureWithoutSending() {
    try (ServiceAccountClient client = Fixtures.clientFor(server)) {

      CompletableFuture<?> future = client.async().getServiceAccount(" ");

      assertThatThrownBy(future::get)
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(InvalidRequestException.class);
    }
    assertThat(requests()).isZero();
  }

  @Test
  void failedAttemptsAreRetriedWithoutBlocking() throws Exception {
    server.stubFor(
        any(anyUrl())
            .inScenario("r")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("ok"));
    server.stubFor(
        any(anyUrl())
            .inScenario("r")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(Fixtures.ACCOUNT)));
    FakeTime time = new FakeTime();
    try (ServiceAccountClient client = Fixtures.builderFor(server).timeSource(time).build()) {

      assertThat(client.async().getServiceAccount("A").get(5, TimeUnit.SECONDS).id())
          .isEqualTo("000000000FE20FE2");
    }
    assertThat(requests()).isEqualTo(2);
    assertThat(time.waits).hasSize(1);
  }

  @Test
  void exhaustedRetriesFailTheFutureWithEveryAttempt() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)));
    try (ServiceAccountClient client =
        Fixtures.builderFor(server).timeSource(new FakeTime()).build()) {

      CompletableFuture<?> future = client.async().listServiceAccounts();

      assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(ServerException.class)
          .hasMessageContaining("[4 attempts: HTTP 502, HTTP 502, HTTP 502, HTTP 502]");
    }
  }

  @Test
  void createMayHaveHappenedFailsTheFutureDistinctly() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(504)));
    try (ServiceAccountClient client = Fixtures.clientFor(server)) {

      CompletableFuture<?> future =
          client
              .async()
              .createServiceAccount(CreateServiceAccountRequest.of("n", "a@acme.com", List.of()));

      assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(CreateOutcomeUnknownException.class);
    }
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void cancellingTheFutureStopsAPendingRetry() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
    RetryPolicy slow =
        RetryPolicy.DEFAULT.withBackoff(
            Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(20));
    try (ServiceAccountClient client = Fixtures.builderFor(server).retryPolicy(slow).build()) {
      CompletableFuture<?> future = client.async().listServiceAccounts();
      while (requests() == 0) {
        Thread.onSpinWait();
      }
      Thread.sleep(100);

      future.cancel(true);
      Thread.sleep(300);

      assertThat(future).isCancelled();
    }
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void cancellingTheFutureCancelsTheHttpCall() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(okJson(Fixtures.ACCOUNT).withFixedDelay(3000)));
    long start = System.nanoTime();
    try (ServiceAccountClient client = Fixtures.clientFor(server)) {
      CompletableFuture<?> future = client.async().getServiceAccount("A");
      while (requests() == 0) {
        Thread.onSpinWait();
      }

      future.cancel(true);

      assertThat(future).isCancelled();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void rateLimitedAsyncCallsAllComplete() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(okJson("{\"data\": []}")));
    RateLimit fast = new RateLimit(50, 3, Duration.ZERO);
    try (ServiceAccountClient client =
        Fixtures.builderFor(server)
            .credentials("su" + UUID.randomUUID(), "key")
            .rateLimit(fast)
            .build()) {

      List<CompletableFuture<?>> futures = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        futures.add(client.async().listServiceAccounts());
      }
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    }

    assertThat(requests()).isEqualTo(20);
  }
}
