package io.sumoclient.serviceaccounts.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import io.sumoclient.serviceaccounts.testing.SumoLogicEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The documented way to point a Spring Boot test's auto-configured client at the emulator. */
@SpringBootTest(classes = EmulatorSpringBootTests.App.class)
class EmulatorSpringBootTests {
  private static final SumoLogicEmulator EMULATOR = SumoLogicEmulator.start();

  @Autowired private ServiceAccountClient client;

  @DynamicPropertySource
  static void sumoLogic(DynamicPropertyRegistry registry) {
    EMULATOR.springProperties().forEach((name, value) -> registry.add(name, () -> value));
  }

  @AfterAll
  static void stopEmulator() {
    EMULATOR.close();
  }

  @Test
  void autoConfiguredClientTalksToTheEmulator() {
    ServiceAccount created =
        client.createServiceAccount(
            CreateServiceAccountRequest.of("spring-bot", "bot@example.com", List.of()));

    List<ServiceAccount> listed = client.listServiceAccounts();

    assertThat(listed).extracting(ServiceAccount::id).contains(created.id());
    assertThat(EMULATOR.serviceAccounts()).extracting(ServiceAccount::name).contains("spring-bot");
    assertThat(EMULATOR.lastRequest().header("Authorization")).isPresent();
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
