package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
  private static final String ACCOUNTS = "/api/v1/serviceAccounts";
  private static final CreateServiceAccountRequest NEW_ACCOUNT =
      CreateServiceAccountRequest.of("n", "a@acme.com", List.of());

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension slowServer =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeTime time = new FakeTime();
  private final List<String> retries = new CopyOnWriteArrayList<>();

  private ServiceAccountClient client(RetryPolicy policy) {
    CallListener listener =
        new CallListener() {
          @Override
          public void retryScheduled(Operation op, int attempt, Duration delay, String reason) {
            retries.add(op.operationId() + " " + attempt + " " + reason);
          }
        };
    return Fixtures.builderFor(server)
        .retryPolicy(policy)
        .timeSource(time)
        .listener(listener)
        .build();
  }

  private ServiceAccountClient client() {
    return client(RetryPolicy.DEFAULT);
  }

  private static void sequence(String url, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      String state = i == 0 ? STARTED : "s" + i;
      server.stubFor(
          any(anyUrl())
              .inScenario(url)
              .whenScenarioStateIs(state)
              .willReturn(responses[i])
              .willSetStateTo("s" + (i + 1)));
    }
  }

  private static int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withBody("{\"id\": \"R\", \"errors\": []}");
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void idempotentCallsAreRepeatedAfterTransientStatuses(int failure) {
    sequence(
        "s",
        status(failure),
        status(failure),
        okJson(Fixtures.KEY),
        status(failure),
        okJson(Fixtures.KEY));
    try (ServiceAccountClient client = client()) {

      client.getAccessKey("A", "K");
      client.updateAccessKey("A", "K", UpdateAccessKeyRequest.disable());
    }

    assertThat(requests()).isEqualTo(5);
    assertThat(retries)
        .containsExactly(
            "getAccessKeyByIdOfAServiceAccount 1 HTTP " + failure,
            "getAccessKeyByIdOfAServiceAccount 2 HTTP " + failure,
            "updateAccessKeyOfAServiceAccount 1 HTTP " + failure);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
  void deleteIsRepeatedAfterAConnectionFault(Fault fault) {
    sequence("s", aResponse().withFault(fault), aResponse().withStatus(204));
    try (ServiceAccountClient client = client()) {

      client.deleteAccessKey("A", "K");
    }

    assertThat(requests()).isEqualTo(2);
    assertThat(retries).hasSize(1);
  }

  @Test
  void getIsRepeatedAfterAReadTimeout() {
    slowServer.stubFor(
        any(anyUrl())
            .inScenario("slow")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(Fixtures.ACCOUNT).withFixedDelay(1500))
            .willSetStateTo("fast"));
    slowServer.stubFor(
        any(anyUrl())
            .inScenario("slow")
            .whenScenarioStateIs("fast")
            .willReturn(okJson(Fixtures.ACCOUNT)));
    try (ServiceAccountClient client =
        Fixtures.builderFor(slowServer)
            .timeSource(time)
            .readTimeout(Duration.ofMillis(300))
            .build()) {

      assertThat(client.getServiceAccount("A").id()).isEqualTo("000000000FE20FE2");
    }
    assertThat(time.waits).hasSize(1);
  }

  @Test
  void malformedSuccessBodyIsNotRepeated() {
    server.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": ")));
    try (ServiceAccountClient client = client()) {

      assertThatThrownBy(() -> client.getServiceAccount("A"))
          .isInstanceOf(ResponseDecodingException.class);
    }
    assertThat(requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 500})
  void otherStatusesAreNotRepeated(int failure) {
    server.stubFor(any(anyUrl()).willReturn(status(failure)));
    try (ServiceAccountClient client = client()) {

      assertThatThrownBy(() -> client.getServiceAccount("A")).isInstanceOf(ApiException.class);
    }

    assertThat(requests()).isEqualTo(1);
    assertThat(retries).isEmpty();
  }

  @Test
  void lastFailureTellsEveryAttempt() {
    server.stubFor(any(anyUrl()).willReturn(status(503)));
    try (ServiceAccountClient client = client()) {

      ServerException e =
          catchThrowableOfType(ServerException.class, () -> client.getServiceAccount("A"));

      assertThat(e.attempts()).isEqualTo(4);
      assertThat(e.attemptFailures())
          .containsExactly("HTTP 503", "HTTP 503", "HTTP 503", "HTTP 503");
      assertThat(e.getMessage()).endsWith("[4 attempts: HTTP 503, HTTP 503, HTTP 503, HTTP 503]");
    }
    assertThat(requests()).isEqualTo(4);
  }

  @Test
  void backoffGrowsWithJitterUnderItsBounds() {
    server.stubFor(any(anyUrl()).willReturn(status(503)));
    try (ServiceAccountClient client = client()) {

      assertThatThrownBy(() -> client.listServiceAccounts()).isInstanceOf(ServerException.class);
    }

    assertThat(time.waits).hasSize(3);
    assertThat(time.waits.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(250));
    assertThat(time.waits.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(500));
    assertThat(time.waits.get(2)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
  }

  @Test
  void rateLimitedAttemptsBackOffFromALargerBase() {
    server.stubFor(any(anyUrl()).willReturn(status(429)));
    RetryPolicy policy =
        RetryPolicy.DEFAULT.withBackoff(
            Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(5));
    try (ServiceAccountClient client = client(policy)) {

      assertThatThrownBy(() -> client.listServiceAccounts()).isInstanceOf(RateLimitException.class);
    }

    assertThat(time.waits)
        .hasSize(3)
        .allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(4)));
    assertThat(time.totalWait()).isPositive();
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    sequence("s", status(429).withHeader("Retry-After", "3"), okJson("{\"data\": []}"));
    try (ServiceAccountClient client = client()) {

      client.listServiceAccounts();
    }

    assertThat(time.waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            FakeTime.EPOCH.plusSeconds(5).atOffset(java.time.ZoneOffset.UTC));
    sequence("s", status(503).withHeader("Retry-After", date), okJson("{\"data\": []}"));
    try (ServiceAccountClient client = client()) {

      client.listServiceAccounts();
    }

    assertThat(time.waits).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterIsCapped() {
    sequence("s", status(429).withHeader("Retry-After", "3600"), okJson("{\"data\": []}"));
    try (ServiceAccountClient client = client()) {

      client.listServiceAccounts();
    }

    assertThat(time.waits).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void createIsRepeatedAfterA429() {
    sequence("s", status(429), okJson(Fixtures.ACCOUNT));
    try (ServiceAccountClient client = client()) {

      client.createServiceAccount(NEW_ACCOUNT);
    }

    assertThat(requests()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {502, 503, 504})
  void createIsNotRepeatedWhenItMayHaveHappened(int failure) {
    server.stubFor(any(anyUrl()).willReturn(status(failure)));
    try (ServiceAccountClient client = client()) {

      CreateOutcomeUnknownException e =
          catchThrowableOfType(
              CreateOutcomeUnknownException.class, () -> client.createServiceAccount(NEW_ACCOUNT));

      assertThat(e.getCause()).isInstanceOf(ServerException.class);
      assertThat(e.getMessage())
          .startsWith("createServiceAccount may or may not have been processed")
          .contains("HTTP " + failure);
    }
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void createIsNotRepeatedAfterAResetOnceSent() {
    server.stubFor(
        post(ACCOUNTS + "/A/accessKeys")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (ServiceAccountClient client = client()) {

      assertThatThrownBy(
              () -> client.createAccessKey("A", CreateAccessKeyRequest.builder("k").build()))
          .isInstanceOf(CreateOutcomeUnknownException.class)
          .hasCauseInstanceOf(TransportException.class);
    }
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void createIsNotRepeatedAfterATimeoutOnceSent() {
    slowServer.stubFor(post(ACCOUNTS).willReturn(okJson(Fixtures.ACCOUNT).withFixedDelay(1500)));
    try (ServiceAccountClient client =
        Fixtures.builderFor(slowServer)
            .timeSource(time)
            .readTimeout(Duration.ofMillis(500))
            .build()) {

      assertThatThrownBy(() -> client.createServiceAccount(NEW_ACCOUNT))
          .isInstanceOf(CreateOutcomeUnknownException.class)
          .hasMessageContaining("SocketTimeoutException");
    }
    assertThat(slowServer.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void createIsRepeatedWhenTheConnectionNeverOpened() {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (ServiceAccountClient client =
        ServiceAccountClient.builder()
            .baseUrl("http://127.0.0.1:1/api")
            .credentials("id", "key")
            .rateLimit(RateLimit.NONE)
            .timeSource(time)
            .listener(retryRecorder(seen::add))
            .build()) {

      TransportException e =
          catchThrowableOfType(
              TransportException.class, () -> client.createServiceAccount(NEW_ACCOUNT));

      assertThat(e.attempts()).isEqualTo(4);
      assertThat(e.attemptFailures()).allMatch(reason -> reason.equals("ConnectException"));
    }
    assertThat(seen).hasSize(3);
  }

  @Test
  void noWaitOutlastsTheDeadline() {
    server.stubFor(any(anyUrl()).willReturn(status(503).withHeader("Retry-After", "1")));
    RetryPolicy policy =
        RetryPolicy.DEFAULT
            .withMaxAttempts(100)
            .withBackoff(Duration.ofMillis(400), Duration.ofMillis(400), Duration.ofMillis(400));
    try (ServiceAccountClient client =
        Fixtures.builderFor(server)
            .retryPolicy(policy)
            .timeSource(time)
            .deadline(Duration.ofSeconds(2))
            .build()) {

      ServerException e = catchThrowableOfType(ServerException.class, client::listServiceAccounts);

      assertThat(e.attempts()).isLessThan(100);
    }
    assertThat(time.totalWait()).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void theDeadlineBoundsASlowAttempt() {
    slowServer.stubFor(any(anyUrl()).willReturn(okJson("{\"data\": []}").withFixedDelay(3000)));
    long start = System.nanoTime();
    try (ServiceAccountClient client =
        Fixtures.builderFor(slowServer).deadline(Duration.ofMillis(300)).build()) {

      assertThatThrownBy(client::listServiceAccounts).isInstanceOf(TransportException.class);
    }

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
  }

  @Test
  void interruptingTheCallerStopsAPendingRetry() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(status(503)));
    RetryPolicy slow =
        RetryPolicy.DEFAULT.withBackoff(
            Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    List<Throwable> thrown = new CopyOnWriteArrayList<>();
    List<Boolean> flag = new CopyOnWriteArrayList<>();
    try (ServiceAccountClient client = Fixtures.builderFor(server).retryPolicy(slow).build()) {
      Thread caller =
          new Thread(
              () -> {
                try {
                  client.listServiceAccounts();
                } catch (SumoLogicException e) {
                  thrown.add(e);
                  flag.add(Thread.currentThread().isInterrupted());
                }
              });
      caller.start();
      while (requests() == 0) {
        Thread.onSpinWait();
      }
      Thread.sleep(100);

      caller.interrupt();
      caller.join(5000);
    }

    assertThat(thrown).singleElement().isInstanceOf(CallInterruptedException.class);
    assertThat(flag).containsExactly(true);
    assertThat(requests()).isEqualTo(1);
  }

  private static CallListener retryRecorder(Consumer<String> sink) {
    return new CallListener() {
      @Override
      public void retryScheduled(Operation op, int attempt, Duration delay, String reason) {
        sink.accept(reason);
      }
    };
  }
}
