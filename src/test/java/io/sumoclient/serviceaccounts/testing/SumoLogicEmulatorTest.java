package io.sumoclient.serviceaccounts.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sumoclient.serviceaccounts.NotFoundException;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.TransportException;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.DeleteServiceAccountOptions;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SumoLogicEmulatorTest {
  private SumoLogicEmulator emulator;
  private ServiceAccountClient client;

  @BeforeEach
  void start() {
    emulator = SumoLogicEmulator.start();
    client = emulator.newClient();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void createServiceAccountReturnsTheStoredAccount() {
    CreateServiceAccountRequest request =
        CreateServiceAccountRequest.of("ci", "ci@example.com", List.of("00000000000001DF"));

    ServiceAccount account = client.createServiceAccount(request);

    assertThat(account.id()).matches("[0-9A-F]{16}");
    assertThat(account.name()).isEqualTo("ci");
    assertThat(account.email()).isEqualTo("ci@example.com");
    assertThat(account.roleIds()).containsExactly("00000000000001DF");
    assertThat(account.active()).isTrue();
    assertThat(account.createdBy()).isEqualTo(emulator.userId());
    assertThat(account.createdAt()).isNotNull();
    assertThat(emulator.serviceAccounts()).containsExactly(account);
    assertThat(emulator.lastRequest().method()).isEqualTo("POST");
    assertThat(emulator.lastRequest().path()).isEqualTo("/api/v1/serviceAccounts");
  }

  @Test
  void listServiceAccountsReturnsEveryAccountInCreationOrder() {
    ServiceAccount first = createAccount("first");
    ServiceAccount second = createAccount("second");

    List<ServiceAccount> accounts = client.listServiceAccounts();

    assertThat(accounts).containsExactly(first, second);
  }

  @Test
  void getServiceAccountReturnsTheAccount() {
    ServiceAccount account = createAccount("ci");

    ServiceAccount fetched = client.getServiceAccount(account.id());

    assertThat(fetched).isEqualTo(account);
  }

  @Test
  void updateServiceAccountChangesOnlyTheFieldsSent() {
    ServiceAccount account = createAccount("ci");
    UpdateServiceAccountRequest rename = UpdateServiceAccountRequest.builder().name("cd").build();

    ServiceAccount updated = client.updateServiceAccount(account.id(), rename);

    assertThat(updated.name()).isEqualTo("cd");
    assertThat(updated.email()).isEqualTo(account.email());
    assertThat(updated.roleIds()).isEqualTo(account.roleIds());
    assertThat(updated.active()).isTrue();
    assertThat(updated.createdAt()).isEqualTo(account.createdAt());
    assertThat(emulator.lastRequest().body()).isEqualTo("{\"name\":\"cd\"}");
    assertThat(client.getServiceAccount(account.id())).isEqualTo(updated);
  }

  @Test
  void deleteServiceAccountRemovesItAndRecordsTheOptions() {
    ServiceAccount account = createAccount("ci");

    client.deleteServiceAccount(account.id(), DeleteServiceAccountOptions.transferTo("0000ABCD"));

    assertThat(emulator.serviceAccounts()).isEmpty();
    assertThat(emulator.deletions()).containsExactly(new Deletion(account.id(), "0000ABCD", false));
    assertThat(emulator.lastRequest().queryParameter("transferTo")).contains("0000ABCD");
    assertThatThrownBy(() -> client.getServiceAccount(account.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void deleteServiceAccountAcceptsDeleteContent() {
    ServiceAccount account = createAccount("ci");

    client.deleteServiceAccount(
        account.id(), DeleteServiceAccountOptions.deleteContentPermanently());

    assertThat(emulator.deletions()).containsExactly(new Deletion(account.id(), null, true));
  }

  @Test
  void deletingAnAccountDeletesItsKeys() {
    ServiceAccount account = createAccount("ci");
    createKey(account, "first");

    client.deleteServiceAccount(account.id());

    assertThatThrownBy(() -> client.listAccessKeys(account.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> emulator.accessKeys(account.id()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deactivatingAnAccountDisablesItsKeys() {
    ServiceAccount account = createAccount("ci");
    CreatedAccessKey key = createKey(account, "first");
    UpdateServiceAccountRequest deactivate =
        UpdateServiceAccountRequest.builder().active(false).build();

    ServiceAccount updated = client.updateServiceAccount(account.id(), deactivate);

    assertThat(updated.active()).isFalse();
    assertThat(client.getAccessKey(account.id(), key.accessId()).disabled()).isTrue();
    assertThat(emulator.accessKeys(account.id())).allMatch(AccessKey::disabled);
  }

  @Test
  void createAccessKeyReturnsTheKeyAndItsSecret() {
    ServiceAccount account = createAccount("ci");
    CreateAccessKeyRequest request =
        CreateAccessKeyRequest.builder("deploy")
            .corsHeaders(List.of("https://app.example.com"))
            .scopes(List.of("viewCollectors"))
            .build();

    CreatedAccessKey created = client.createAccessKey(account.id(), request);

    assertThat(created.accessId()).matches("su[A-Za-z0-9]{12}");
    assertThat(created.secret()).hasSize(64);
    assertThat(created.accessKey().label()).isEqualTo("deploy");
    assertThat(created.accessKey().corsHeaders()).containsExactly("https://app.example.com");
    assertThat(created.accessKey().scopes()).containsExactly("viewCollectors");
    assertThat(created.accessKey().disabled()).isFalse();
    assertThat(created.accessKey().serviceAccountId()).isEqualTo(account.id());
  }

  @Test
  void listAccessKeysReturnsTheKeysOfTheAccountOnly() {
    ServiceAccount account = createAccount("ci");
    ServiceAccount other = createAccount("other");
    CreatedAccessKey first = createKey(account, "first");
    CreatedAccessKey second = createKey(account, "second");
    createKey(other, "third");

    List<AccessKey> keys = client.listAccessKeys(account.id());

    assertThat(keys).containsExactly(first.accessKey(), second.accessKey());
  }

  @Test
  void getAccessKeyReturnsTheKey() {
    ServiceAccount account = createAccount("ci");
    CreatedAccessKey created = createKey(account, "first");

    AccessKey key = client.getAccessKey(account.id(), created.accessId());

    assertThat(key).isEqualTo(created.accessKey());
  }

  @Test
  void updateAccessKeyChangesStateAndKeepsUnsentFields() {
    ServiceAccount account = createAccount("ci");
    CreatedAccessKey created = createKey(account, "first");
    UpdateAccessKeyRequest disable =
        UpdateAccessKeyRequest.disable().withCorsHeaders(List.of("https://a.example.com"));

    AccessKey updated = client.updateAccessKey(account.id(), created.accessId(), disable);

    assertThat(updated.disabled()).isTrue();
    assertThat(updated.corsHeaders()).containsExactly("https://a.example.com");
    assertThat(updated.label()).isEqualTo("first");
    assertThat(updated.scopes()).isEqualTo(created.accessKey().scopes());
  }

  @Test
  void deleteAccessKeyRemovesIt() {
    ServiceAccount account = createAccount("ci");
    CreatedAccessKey created = createKey(account, "first");

    client.deleteAccessKey(account.id(), created.accessId());

    assertThat(emulator.accessKeys(account.id())).isEmpty();
    assertThatThrownBy(() -> client.getAccessKey(account.id(), created.accessId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void keyOfAnotherAccountIsNotFound() {
    ServiceAccount account = createAccount("ci");
    ServiceAccount other = createAccount("other");
    CreatedAccessKey created = createKey(account, "first");

    assertThatThrownBy(() -> client.getAccessKey(other.id(), created.accessId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void timestampsComeFromTheConfiguredClock() {
    Instant now = Instant.parse("2024-05-06T07:08:09.123Z");
    try (SumoLogicEmulator fixed =
            SumoLogicEmulator.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).start();
        ServiceAccountClient fixedClient = fixed.newClient()) {

      ServiceAccount account =
          fixedClient.createServiceAccount(
              CreateServiceAccountRequest.of("ci", "ci@example.com", List.of()));

      assertThat(account.createdAt()).isEqualTo(now);
      assertThat(account.modifiedAt()).isEqualTo(now);
    }
  }

  @Test
  void closedEmulatorRefusesConnections() {
    emulator.close();

    assertThatThrownBy(client::listServiceAccounts).isInstanceOf(TransportException.class);
  }

  private ServiceAccount createAccount(String name) {
    return client.createServiceAccount(
        CreateServiceAccountRequest.of(name, name + "@example.com", List.of("00000000000001DF")));
  }

  private CreatedAccessKey createKey(ServiceAccount account, String label) {
    return client.createAccessKey(account.id(), CreateAccessKeyRequest.builder(label).build());
  }
}
