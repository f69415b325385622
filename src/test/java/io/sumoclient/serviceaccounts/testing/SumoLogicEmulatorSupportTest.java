package io.sumoclient.serviceaccounts.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class SumoLogicEmulatorSupportTest {

  @Test
  void springPropertiesPointTheClientAtTheEmulator() {
    try (SumoLogicEmulator emulator = SumoLogicEmulator.start()) {

      Map<String, String> properties = emulator.springProperties();

      assertThat(properties)
          .containsOnly(
              Map.entry("sumologic.base-url", emulator.baseUrl()),
              Map.entry("sumologic.access-id", emulator.accessId()),
              Map.entry("sumologic.access-key", emulator.accessKey()));
      assertThat(emulator.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api");
    }
  }

  @Test
  void eachEmulatorGeneratesItsOwnCredentials() {
    try (SumoLogicEmulator one = SumoLogicEmulator.start();
        SumoLogicEmulator two = SumoLogicEmulator.start()) {

      assertThat(one.accessId()).matches("su[A-Za-z0-9]{12}").isNotEqualTo(two.accessId());
      assertThat(one.accessKey()).hasSize(64).isNotEqualTo(two.accessKey());
      assertThat(one.port()).isNotEqualTo(two.port());
    }
  }

  @Test
  void recordsWhatItReceived() {
    try (SumoLogicEmulator emulator = SumoLogicEmulator.start();
        ServiceAccountClient client = emulator.newClient()) {
      client.createServiceAccount(
          CreateServiceAccountRequest.of("ci", "ci@example.com", List.of("00000000000001DF")));

      RecordedRequest request = emulator.lastRequest();

      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/api/v1/serviceAccounts");
      assertThat(request.query()).isEmpty();
      assertThat(request.header("content-type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(request.header("Authorization"))
          .hasValueSatisfying(auth -> assertThat(auth).startsWith("Basic "));
      assertThat(request.body())
          .isEqualTo(
              "{\"name\":\"ci\",\"email\":\"ci@example.com\",\"roleIds\":[\"00000000000001DF\"]}");
    }
  }

  @Test
  void neverShowsSecretsInText() {
    try (SumoLogicEmulator emulator = SumoLogicEmulator.start();
        ServiceAccountClient client = emulator.newClient()) {
      client.listServiceAccounts();

      String text = emulator + " " + emulator.lastRequest();

      assertThat(text).doesNotContain(emulator.accessKey()).contains("<redacted>");
      assertThat(emulator.lastRequest().header("Authorization").orElseThrow()).isNotIn(text);
    }
  }

  @Test
  void resetForgetsStateFaultsAndRequests() {
    try (SumoLogicEmulator emulator = SumoLogicEmulator.start();
        ServiceAccountClient client = emulator.newClient()) {
      client.createServiceAccount(
          CreateServiceAccountRequest.of("ci", "ci@example.com", List.of()));
      emulator.failNext(Fault.status(500));

      emulator.reset();

      assertThat(emulator.requests()).isEmpty();
      assertThat(client.listServiceAccounts()).isEmpty();
      assertThat(emulator.deletions()).isEmpty();
    }
  }

  @Test
  void lastRequestFailsWhenNoneArrived() {
    try (SumoLogicEmulator emulator = SumoLogicEmulator.start()) {

      assertThatThrownBy(emulator::lastRequest).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void queryParametersAreDecoded() {
    RecordedRequest request =
        new RecordedRequest("DELETE", "/x", "transferTo=a%20b&deleteContent", Map.of(), "");

    assertThat(request.queryParameter("transferTo")).contains("a b");
    assertThat(request.queryParameter("deleteContent")).contains("");
    assertThat(request.queryParameter("other")).isEmpty();
  }

  @Test
  void settingsAreCheckedWhenGiven() {
    assertThatThrownBy(() -> SumoLogicEmulator.builder().port(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
    assertThatThrownBy(() -> new RateLimits(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestsPerSecond");
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
  }
}
