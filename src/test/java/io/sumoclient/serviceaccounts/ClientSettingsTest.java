package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientSettingsTest {
  private static final String LIST = "/api/v1/serviceAccounts";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void callTimeoutEndsACallThatOutlastsIt() {
    server.stubFor(get(LIST).willReturn(okJson("{\"data\": []}").withFixedDelay(2_000)));
    ServiceAccountClientBuilder builder =
        Fixtures.builderFor(server).readTimeout(Duration.ofSeconds(5)).callTimeout(ofMillis(300));

    try (ServiceAccountClient client = builder.build()) {
      assertThatThrownBy(client::listServiceAccounts)
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("listServiceAccounts GET /api/v1/serviceAccounts");
    }
    server.verify(getRequestedFor(urlEqualTo(LIST)));
  }

  @Test
  void positiveConnectAndWriteTimeoutsLeaveACallWorking() {
    server.stubFor(get(LIST).willReturn(okJson("{\"data\": []}")));
    ServiceAccountClientBuilder builder =
        Fixtures.builderFor(server).connectTimeout(ofMillis(800)).writeTimeout(ofMillis(800));

    try (ServiceAccountClient client = builder.build()) {
      assertThat(client.listServiceAccounts()).isEmpty();
    }
  }

  @Test
  void everyTimeoutRejectsZeroAndNegativeValuesNamingItself() {
    ServiceAccountClientBuilder builder = ServiceAccountClient.builder();

    assertThatThrownBy(() -> builder.writeTimeout(Duration.ZERO))
        .hasMessage("writeTimeout must be positive, got PT0S");
    assertThatThrownBy(() -> builder.callTimeout(ofMillis(-1)))
        .hasMessage("callTimeout must be positive, got PT-0.001S");
  }

  @Test
  void addedInterceptorSeesEveryRequestAndListenerHearsItEnd() {
    server.stubFor(get(LIST).willReturn(okJson("{\"data\": []}")));
    List<String> intercepted = new ArrayList<>();
    List<String> ended = new ArrayList<>();
    ServiceAccountClientBuilder builder =
        Fixtures.builderFor(server)
            .addInterceptor(
                chain -> {
                  intercepted.add(
                      chain.request().method() + " " + chain.request().url().encodedPath());
                  return chain.proceed(
                      chain.request().newBuilder().header("X-Trace", "t1").build());
                })
            .listener(
                new CallListener() {
                  @Override
                  public void callEnded(
                      Operation operation,
                      int status,
                      @Nullable SumoLogicException failure,
                      Duration duration) {
                    ended.add(operation.operationId() + " " + status + " " + (failure == null));
                  }
                });

    try (ServiceAccountClient client = builder.build()) {
      client.listServiceAccounts();
    }

    assertThat(intercepted).containsExactly("GET /api/v1/serviceAccounts");
    assertThat(ended).containsExactly("listServiceAccounts 200 true");
    server.verify(getRequestedFor(urlEqualTo(LIST)).withHeader("X-Trace", equalTo("t1")));
  }

  @Test
  void applicationNeedsAVersionAsWellAsAName() {
    ServiceAccountClientBuilder builder = ServiceAccountClient.builder();

    assertThatThrownBy(() -> builder.application("deployer", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("application name and version must not be blank");
  }

  @Test
  void errorEntriesWithNeitherCodeNorMessageAreDropped() {
    String body =
        """
        {"id": "REQ-1", "errors": [null, {"detail": "no code"},
                                   {"code": "bad.id", "meta": {"kept": 1, "dropped": null}}]}
        """;
    server.stubFor(get(LIST).willReturn(aResponse().withStatus(400).withBody(body)));

    ApiException error;
    try (ServiceAccountClient client = Fixtures.clientFor(server)) {
      error = catchThrowableOfType(ApiException.class, client::listServiceAccounts);
    }

    assertThat(error.requestId()).contains("REQ-1");
    assertThat(error.errors()).containsExactly(new ApiError("bad.id", "", null, Map.of("kept", 1)));
  }

  @Test
  void aFlatErrorWithOnlyAMessageKeepsIt() {
    String body = "{\"message\": \"Slow down\"}";
    server.stubFor(get(LIST).willReturn(aResponse().withStatus(429).withBody(body)));

    ApiException error;
    try (ServiceAccountClient client = Fixtures.clientFor(server)) {
      error = catchThrowableOfType(ApiException.class, client::listServiceAccounts);
    }

    assertThat(error.errors()).containsExactly(new ApiError("", "Slow down", null, Map.of()));
  }

  private static Duration ofMillis(long millis) {
    return Duration.ofMillis(millis);
  }
}
