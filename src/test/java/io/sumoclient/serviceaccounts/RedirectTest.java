package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redirects between deployments. The "other deployment" is a local https server that a test-only
 * resolver maps {@code *.sumologic.com} to, so the client sees a real Sumo Logic host name.
 */
class RedirectTest {
  private static final String ACCOUNTS = "/api/v1/serviceAccounts";

  @RegisterExtension
  static WireMockExtension configured =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension us2 =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
          .build();

  @RegisterExtension
  static WireMockExtension foreign =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
          .build();

  private static String us2Base() {
    return "https://api.us2.sumologic.com:" + us2.getHttpsPort();
  }

  private static ServiceAccountClient client() {
    return Fixtures.builderFor(configured).okHttpClient(trustingLocalSumoHosts()).build();
  }

  @Test
  void redirectToAnotherDeploymentResendsMethodBodyAndCredentials() {
    configured.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(301).withHeader("Location", us2Base() + ACCOUNTS)));
    us2.stubFor(post(ACCOUNTS).willReturn(okJson(Fixtures.ACCOUNT)));
    us2.stubFor(get(ACCOUNTS).willReturn(okJson("{\"data\": []}")));
    try (ServiceAccountClient client = client()) {

      ServiceAccount created =
          client.createServiceAccount(
              CreateServiceAccountRequest.of("n", "a@acme.com", List.of("R")));
      client.listServiceAccounts();

      assertThat(created.id()).isEqualTo("000000000FE20FE2");
      assertThat(client.deployment()).contains(Deployment.US2);
    }
    us2.verify(
        postRequestedFor(urlEqualTo(ACCOUNTS))
            .withHeader("Authorization", equalTo(Fixtures.BASIC))
            .withRequestBody(
                equalToJson("{\"name\": \"n\", \"email\": \"a@acme.com\", \"roleIds\": [\"R\"]}")));
    us2.verify(getRequestedFor(urlEqualTo(ACCOUNTS)));
    assertThat(configured.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void redirectToAForeignHostIsRefusedAndNamesIt() {
    String target = "https://localhost:" + foreign.getHttpsPort() + ACCOUNTS;
    configured.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(307).withHeader("Location", target)));
    try (ServiceAccountClient client = client()) {

      WrongDeploymentException e =
          catchThrowableOfType(WrongDeploymentException.class, client::listServiceAccounts);

      assertThat(e.getMessage()).contains("redirected to " + target + ", not followed");
      assertThat(client.deployment()).isEmpty();
    }
    assertThat(foreign.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void redirectToPlainHttpOnASumoHostIsRefused() {
    String target = "http://api.us2.sumologic.com:" + foreign.getPort() + ACCOUNTS;
    configured.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(308).withHeader("Location", target)));
    try (ServiceAccountClient client = client()) {

      WrongDeploymentException e =
          catchThrowableOfType(WrongDeploymentException.class, client::listServiceAccounts);

      assertThat(e.deployment()).contains(Deployment.US2);
    }
    assertThat(foreign.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aSecondRedirectIsNotFollowed() {
    configured.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(301).withHeader("Location", us2Base() + ACCOUNTS)));
    us2.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(301).withHeader("Location", us2Base() + "/x")));
    try (ServiceAccountClient client = client()) {

      WrongDeploymentException e =
          catchThrowableOfType(WrongDeploymentException.class, client::listServiceAccounts);

      assertThat(e.status()).isEqualTo(301);
      assertThat(e.getMessage()).contains("not followed: a call follows one redirect");
    }
    assertThat(us2.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void discoveryReadsTheDeploymentFromTheRedirect() {
    configured.stubFor(
        head(urlEqualTo("/api/v1/collectors"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", us2Base() + "/api/v1/collectors")));
    us2.stubFor(get(ACCOUNTS).willReturn(okJson("{\"data\": []}")));
    try (ServiceAccountClient client = client()) {

      assertThat(client.discoverDeployment()).contains(Deployment.US2);
      client.listServiceAccounts();
    }
    configured.verify(
        1,
        anyRequestedFor(urlEqualTo("/api/v1/collectors"))
            .withHeader("Authorization", equalTo(Fixtures.BASIC)));
    us2.verify(getRequestedFor(urlEqualTo(ACCOUNTS)));
  }

  @Test
  void discoveryOnTheRightDeploymentNamesIt() {
    us2.stubFor(head(urlEqualTo("/api/v1/collectors")).willReturn(aResponse().withStatus(200)));
    try (ServiceAccountClient client =
        Fixtures.builderFor(us2)
            .baseUrl(us2Base() + "/api")
            .okHttpClient(trustingLocalSumoHosts())
            .build()) {

      assertThat(client.discoverDeployment()).contains(Deployment.US2);
    }
  }

  @Test
  void discoveryWithBadCredentialsIsUnauthorized() {
    configured.stubFor(
        head(urlEqualTo("/api/v1/collectors")).willReturn(aResponse().withStatus(401)));
    try (ServiceAccountClient client = client()) {

      UnauthorizedException e =
          catchThrowableOfType(UnauthorizedException.class, client::discoverDeployment);

      assertThat(e.operation()).isEqualTo(Operation.DISCOVER_DEPLOYMENT);
    }
  }

  /** An OkHttpClient that resolves Sumo Logic hosts to loopback and trusts the test certificate. */
  static OkHttpClient trustingLocalSumoHosts() {
    try {
      X509TrustManager trustAll =
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          };
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      Dns loopbackForSumo =
          host ->
              host.endsWith(".sumologic.com")
                  ? List.of(InetAddress.getLoopbackAddress())
                  : Dns.SYSTEM.lookup(host);
      return new OkHttpClient.Builder()
          .dns(loopbackForSumo)
          .sslSocketFactory(tls.getSocketFactory(), trustAll)
          .hostnameVerifier((host, session) -> true)
          .build();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
