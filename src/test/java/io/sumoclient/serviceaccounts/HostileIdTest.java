package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostileIdTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ServiceAccountClient client;

  @BeforeEach
  void createClient() {
    server.stubFor(any(anyUrl()).willReturn(okJson(Fixtures.KEY)));
    client = Fixtures.clientFor(server);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../users | ..%2Fusers",
        "a/b | a%2Fb",
        "x?y=1 | x%3Fy=1",
        "%2e%2e | %252e%252e",
        "#frag | %23frag",
        "a b | a%20b",
        "..%2f.. | ..%252f..",
        "\\..\\x | %5C..%5Cx"
      })
  void idStaysOneSegment(String id, String encoded) {
    client.getAccessKey(id, id);

    ServeEvent event = server.getAllServeEvents().get(0);
    assertThat(event.getRequest().getUrl())
        .isEqualTo("/api/v1/serviceAccounts/" + encoded + "/accessKeys/" + encoded);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "..", "", "  "})
  void dotSegmentsAndBlankIdsAreRefusedBeforeSending(String id) {
    assertThatThrownBy(() -> client.updateAccessKey(id, "ok", UpdateAccessKeyRequest.enable()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("serviceAccountId: must not be");
    assertThatThrownBy(() -> client.deleteServiceAccount(id))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("id: must not be");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
