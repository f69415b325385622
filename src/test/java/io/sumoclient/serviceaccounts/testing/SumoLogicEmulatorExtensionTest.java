package io.sumoclient.serviceaccounts.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SumoLogicEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SumoLogicEmulatorExtensionTest {
  private static SumoLogicEmulator classEmulator;

  private final ServiceAccountClient constructorClient;

  SumoLogicEmulatorExtensionTest(ServiceAccountClient client) {
    this.constructorClient = client;
  }

  @BeforeAll
  static void captureTheClassEmulator(SumoLogicEmulator emulator) {
    classEmulator = emulator;
  }

  @Test
  @Order(1)
  void injectsAClientReadyForTheEmulator(ServiceAccountClient client, SumoLogicEmulator emulator) {
    ServiceAccount account =
        client.createServiceAccount(
            CreateServiceAccountRequest.of("ci", "ci@example.com", List.of()));

    assertThat(emulator.serviceAccounts()).containsExactly(account);
    assertThat(emulator).isSameAs(classEmulator);
  }

  @Test
  @Order(2)
  void sharesOneEmulatorAcrossTheClass(SumoLogicEmulator emulator) {
    List<ServiceAccount> accounts = constructorClient.listServiceAccounts();

    assertThat(emulator).isSameAs(classEmulator);
    assertThat(accounts).extracting(ServiceAccount::name).containsExactly("ci");
  }

  @Test
  @Order(3)
  void givesTheConstructorAndTheMethodTheSameClient(ServiceAccountClient client) {
    assertThat(client).isSameAs(constructorClient);
  }

  @Nested
  class NestedTests {
    @Test
    void seeTheOuterClassEmulator(SumoLogicEmulator emulator) {
      assertThat(emulator).isSameAs(classEmulator);
    }
  }
}
