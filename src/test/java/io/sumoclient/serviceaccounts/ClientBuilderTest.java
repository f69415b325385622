package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientBuilderTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void buildingWithoutADeploymentListsTheValidCodes() {
    ServiceAccountClientBuilder builder = ServiceAccountClient.builder().credentials("id", "key");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AU, CA, CH, DE, ESC, EU, FED, IN, JP, KR, US1, US2")
        .hasMessageContaining("SUMOLOGIC_ENVIRONMENT");
  }

  @Test
  void buildingWithoutCredentialsNamesTheVariables() {
    ServiceAccountClientBuilder builder = ServiceAccountClient.builder().deployment("us2");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUMOLOGIC_ACCESSID")
        .hasMessageContaining("SUMOLOGIC_ACCESSKEY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/api/", "/api//", "//api/"})
  void baseUrlsWithOrWithoutTrailingSlashesCallTheSamePath(String suffix) {
    server.stubFor(get("/api/v1/serviceAccounts").willReturn(okJson("{\"data\": []}")));
    try (ServiceAccountClient client =
        ServiceAccountClient.builder()
            .baseUrl(server.baseUrl() + suffix)
            .credentials("id", "key")
            .build()) {

      client.listServiceAccounts();
    }

    server.verify(1, getRequestedFor(urlEqualTo("/api/v1/serviceAccounts")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://api.us2.sumologic.com/api", "http://10.0.0.1/api", "http://example.com"})
  void plainHttpIsRefusedForNonLoopbackHosts(String url) {
    assertThatThrownBy(() -> ServiceAccountClient.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://localhost:8080/api", "http://127.0.0.2/api", "http://[::1]:9/api"})
  void plainHttpIsAllowedForLoopbackHosts(String url) {
    ServiceAccountClientBuilder builder = ServiceAccountClient.builder().baseUrl(url);

    assertThat(builder.credentials("id", "key").build()).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "https://x.example/api?a=b", "https://x.example/#f"})
  void malformedBaseUrlsAreRefused(String url) {
    assertThatThrownBy(() -> ServiceAccountClient.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
  }

  @Test
  void environmentVariablesConfigureCredentialsAndBaseUrl() {
    server.stubFor(get("/api/v1/serviceAccounts").willReturn(okJson("{\"data\": []}")));
    Map<String, String> env =
        Map.of(
            "SUMOLOGIC_ACCESSID",
            Fixtures.ACCESS_ID,
            "SUMOLOGIC_ACCESSKEY",
            Fixtures.ACCESS_KEY,
            "SUMOLOGIC_ENVIRONMENT",
            "us2",
            "SUMOLOGIC_BASE_URL",
            server.baseUrl() + "/api");

    try (ServiceAccountClient client =
        ServiceAccountClient.builder().fromEnvironment(env).build()) {
      client.listServiceAccounts();
    }

    server.verify(
        getRequestedFor(urlEqualTo("/api/v1/serviceAccounts"))
            .withHeader(
                "Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(Fixtures.BASIC)));
  }

  @Test
  void environmentCodeAloneSetsTheDeployment() {
    ServiceAccountClientBuilder builder =
        ServiceAccountClient.builder()
            .fromEnvironment(
                Map.of(
                    "SUMOLOGIC_ACCESSID", "id",
                    "SUMOLOGIC_ACCESSKEY", "key",
                    "SUMOLOGIC_ENVIRONMENT", "us2"));

    try (ServiceAccountClient client = builder.build()) {
      assertThat(client).isNotNull();
    }
  }

  @Test
  void unknownEnvironmentCodeFailsListingTheValidCodes() {
    assertThatThrownBy(
            () ->
                ServiceAccountClient.builder()
                    .fromEnvironment(Map.of("SUMOLOGIC_ENVIRONMENT", "us9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("US1, US2");
  }

  @Test
  void blankEnvironmentVariablesAreIgnored() {
    ServiceAccountClientBuilder builder =
        ServiceAccountClient.builder()
            .fromEnvironment(Map.of("SUMOLOGIC_ACCESSID", " ", "SUMOLOGIC_ENVIRONMENT", ""));

    assertThatThrownBy(builder::build).hasMessageStartingWith("No deployment set");
  }

  @Test
  void nonPositiveTimeoutsAreRefused() {
    ServiceAccountClientBuilder builder = ServiceAccountClient.builder();

    assertThatThrownBy(() -> builder.readTimeout(Duration.ZERO))
        .hasMessage("readTimeout must be positive, got PT0S");
    assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1)))
        .hasMessageStartingWith("connectTimeout must be positive");
  }

  @Test
  void suppliedOkHttpClientIsSharedAndLeftOpen() {
    server.stubFor(get("/api/v1/serviceAccounts").willReturn(okJson("{\"data\": []}")));
    AtomicInteger intercepted = new AtomicInteger();
    OkHttpClient shared =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  intercepted.incrementAndGet();
                  return chain.proceed(chain.request());
                })
            .build();
    ServiceAccountClient client = Fixtures.builderFor(server).okHttpClient(shared).build();

    client.listServiceAccounts();
    client.close();

    assertThat(intercepted).hasValue(1);
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void ownedOkHttpClientIsShutDownOnClose() {
    ServiceAccountClient client = Fixtures.builderFor(server).build();

    client.close();
    client.close();

    assertThatThrownBy(client::listServiceAccounts).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void applicationNameMustNotBeBlank() {
    assertThatThrownBy(() -> ServiceAccountClient.builder().application(" ", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void credentialsRejectBlankValuesByName() {
    assertThatThrownBy(() -> Credentials.of("id", " ")).hasMessage("accessKey must not be blank");
    assertThatThrownBy(() -> Credentials.of("", "key")).hasMessage("accessId must not be blank");
  }

  @Test
  void credentialsMaskBothHalves() {
    Credentials credentials = Credentials.of("suABCDEFGH", "secret-value");

    assertThat(credentials.toString())
        .isEqualTo("Credentials[accessId=suAB****, accessKey=<redacted>]")
        .doesNotContain("secret-value");
    assertThat(credentials).isEqualTo(Credentials.of("suABCDEFGH", "secret-value"));
    assertThat(credentials.hashCode())
        .isEqualTo(Credentials.of("suABCDEFGH", "secret-value").hashCode());
  }
}
