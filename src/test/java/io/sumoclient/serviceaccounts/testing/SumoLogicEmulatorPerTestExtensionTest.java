package io.sumoclient.serviceaccounts.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.TransportException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SumoLogicEmulatorPerTestExtensionTest {
  @RegisterExtension
  static final SumoLogicEmulatorExtension EMULATOR =
      SumoLogicEmulatorExtension.perTest(
          SumoLogicEmulator.builder().credentials("suPerTest", "per-test-key"));

  private static SumoLogicEmulator previous;

  @Test
  @Order(1)
  void startsAnEmulatorWithTheGivenSettings(
      SumoLogicEmulator emulator, ServiceAccountClient client) {
    previous = emulator;

    assertThat(client.listServiceAccounts()).isEmpty();
    assertThat(emulator.accessId()).isEqualTo("suPerTest");
  }

  @Test
  @Order(2)
  void startsAFreshEmulatorForEachTestAndClosesTheOldOne(SumoLogicEmulator emulator) {
    try (ServiceAccountClient stale = previous.newClient()) {

      assertThat(emulator).isNotSameAs(previous);
      assertThatThrownBy(stale::listServiceAccounts).isInstanceOf(TransportException.class);
    }
  }
}
