package io.sumoclient.serviceaccounts.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(
    classes = WebApplicationTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebApplicationTests {
  private static final WireMockServer api = startApi();

  @LocalServerPort private int port;

  @DynamicPropertySource
  static void sumoLogic(DynamicPropertyRegistry registry) {
    registry.add("sumologic.base-url", () -> "http://localhost:" + api.port() + "/api");
    registry.add("sumologic.access-id", () -> "suWEB");
    registry.add("sumologic.access-key", () -> "web-secret");
  }

  @AfterAll
  static void stopApi() {
    api.stop();
  }

  @Test
  void controllerCallsTheApiThroughTheAutoConfiguredClient() throws Exception {
    api.stubFor(
        get("/api/v1/serviceAccounts")
            .willReturn(
                okJson(
                    "{\"data\":[{\"id\":\"000000000000000A\",\"name\":\"ci-deployer\","
                        + "\"email\":\"ci@example.com\",\"roleIds\":[],"
                        + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"createdBy\":\"X\","
                        + "\"modifiedAt\":\"2026-01-01T00:00:00Z\",\"modifiedBy\":\"X\"}]}")));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/accounts")).build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("ci-deployer");
    api.verify(
        getRequestedFor(urlEqualTo("/api/v1/serviceAccounts"))
            .withBasicAuth(new BasicCredentials("suWEB", "web-secret")));
  }

  private static WireMockServer startApi() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    return server;
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(AccountsController.class)
  static class App {}

  @RestController
  static class AccountsController {
    private final ServiceAccountClient client;

    AccountsController(ServiceAccountClient client) {
      this.client = client;
    }

    @GetMapping("/accounts")
    String accounts() {
      return client.listServiceAccounts().stream()
          .map(ServiceAccount::name)
          .collect(Collectors.joining(","));
    }
  }
}
