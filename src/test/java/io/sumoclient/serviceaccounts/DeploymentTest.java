package io.sumoclient.serviceaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentTest {

  @ParameterizedTest
  @CsvSource({
    "AU, https://api.au.sumologic.com/api",
    "CA, https://api.ca.sumologic.com/api",
    "CH, https://api.ch.sumologic.com/api",
    "DE, https://api.de.sumologic.com/api",
    "ESC, https://api.esc.sumologic.com/api",
    "EU, https://api.eu.sumologic.com/api",
    "FED, https://api.fed.sumologic.com/api",
    "IN, https://api.in.sumologic.com/api",
    "JP, https://api.jp.sumologic.com/api",
    "KR, https://api.kr.sumologic.com/api",
    "US1, https://api.sumologic.com/api",
    "US2, https://api.us2.sumologic.com/api"
  })
  void everyCodeHasItsBaseUrl(String code, String baseUrl) {
    Deployment deployment = Deployment.parse(code);

    assertThat(deployment.code()).isEqualTo(code);
    assertThat(deployment.baseUrl()).hasToString(baseUrl);
    assertThat(Deployment.parse(baseUrl)).isEqualTo(deployment);
    assertThat(Deployment.parse(baseUrl + "/")).isEqualTo(deployment);
    assertThat(Deployment.parse(deployment.apiHost())).isEqualTo(deployment);
    assertThat(deployment.region()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "us2",
        " Us2 ",
        "api.us2.sumologic.com",
        "API.US2.SUMOLOGIC.COM",
        "api.us2.sumologic.com.",
        "https://api.us2.sumologic.com",
        "https://api.us2.sumologic.com/api/",
        "https://api.us2.sumologic.com/api/v1/serviceAccounts",
        "api.us2.sumologic.com/api"
      })
  void parsesCodesHostsAndUrls(String value) {
    assertThat(Deployment.parse(value)).isEqualTo(Deployment.US2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "us3",
        "",
        "api.us3.sumologic.com",
        "http://api.us2.sumologic.com/api",
        "https://api.us2.sumologic.com.evil.example/api",
        "https://service.us2.sumologic.com",
        "ftp://api.sumologic.com",
        "https://%zz"
      })
  void rejectsValuesThatNameNoDeploymentListingTheValidCodes(String value) {
    assertThatThrownBy(() -> Deployment.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AU, CA, CH, DE, ESC, EU, FED, IN, JP, KR, US1, US2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"api.us2.sumologic.com", "api.sumologic.com"})
  void findsDeploymentsByHost(String host) {
    assertThat(Deployment.fromHost(host)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sumologic.com", "api.evil.com", "api.us2.sumologic.com.evil"})
  void unknownHostsHaveNoDeployment(String host) {
    assertThat(Deployment.fromHost(host)).isEmpty();
  }
}
