package io.sumoclient.serviceaccounts.cli;

import io.sumoclient.serviceaccounts.AccessKeyRotator;
import io.sumoclient.serviceaccounts.RotationOptions;
import io.sumoclient.serviceaccounts.RotationResult;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import io.sumoclient.serviceaccounts.testing.SumoLogicEmulator;
import java.util.List;

/** The {@code demo} command: a service account's whole lifecycle against the embedded emulator. */
final class Demo {
  private final Session s;
  private final ServiceAccountClient client;
  private int step;

  private Demo(Session s, ServiceAccountClient client) {
    this.s = s;
    this.client = client;
  }

  static int run(Session s) {
    try (SumoLogicEmulator emulator = SumoLogicEmulator.start();
        ServiceAccountClient client = emulator.newClient()) {
      s.out.println("Started the embedded Sumo Logic emulator at " + emulator.baseUrl());
      new Demo(s, client).walk();
      s.out.println();
      s.out.println("Done: every step succeeded. The emulator is stopped; nothing was kept.");
      return ExitCode.OK;
    }
  }

  private void walk() {
    ServiceAccount account = createAccount();
    String id = account.id();
    CreatedAccessKey key = createKey(id);
    listAndGet(id, key.accessId());
    deactivateAndReactivate(id, key.accessId());
    RotationResult rotation = rotate(id, key.accessId());
    deleteKey(id, key.accessId());
    deleteAccount(id, rotation);
  }

  private ServiceAccount createAccount() {
    heading("Create a service account", "create-account --name demo-deployer ...");
    ServiceAccount account =
        client.createServiceAccount(
            CreateServiceAccountRequest.of("demo-deployer", "deployer@example.com", List.of()));
    s.printer.account(account);
    return account;
  }

  private CreatedAccessKey createKey(String id) {
    heading("Add an access key", "create-key " + id + " --label ci --scopes viewCollectors");
    CreatedAccessKey key =
        client.createAccessKey(
            id, CreateAccessKeyRequest.builder("ci").scopes(List.of("viewCollectors")).build());
    s.printer.createdKey(key);
    return key;
  }

  private void listAndGet(String id, String accessId) {
    heading("List the service accounts", "list-accounts");
    s.printer.accounts(client.listServiceAccounts());
    heading("List the account's keys", "list-keys " + id);
    s.printer.keys(client.listAccessKeys(id));
    heading("Get the account", "get-account " + id);
    s.printer.account(client.getServiceAccount(id));
    heading("Get the key", "get-key " + id + " " + accessId);
    s.printer.key(client.getAccessKey(id, accessId));
  }

  private void deactivateAndReactivate(String id, String accessId) {
    heading("Deactivate the account", "update-account " + id + " --deactivate");
    s.printer.account(
        client.updateServiceAccount(
            id, UpdateServiceAccountRequest.builder().active(false).build()));
    s.out.println("Deactivating an account disables its keys:");
    s.printer.keys(client.listAccessKeys(id));
    heading("Reactivate the account", "update-account " + id + " --activate");
    s.printer.account(
        client.updateServiceAccount(
            id, UpdateServiceAccountRequest.builder().active(true).build()));
    heading("Enable the key again", "update-key " + id + " " + accessId + " --enable");
    s.printer.key(client.updateAccessKey(id, accessId, UpdateAccessKeyRequest.enable()));
  }

  private RotationResult rotate(String id, String accessId) {
    heading("Rotate the key", "rotate-key " + id + " " + accessId);
    s.out.println(
        "(The emulator accepts only its own credentials, so here the new key is verified by"
            + " reading it back; against Sumo Logic, rotate-key signs in with the new key.)");
    RotationResult result =
        AccessKeyRotator.of(client, this::enabled).rotate(id, accessId, RotationOptions.defaults());
    s.printer.rotation(result);
    if (!result.succeeded()) {
      throw new IllegalStateException("The demo rotation failed: " + result);
    }
    return result;
  }

  private boolean enabled(String id, CreatedAccessKey key) {
    AccessKey read = client.getAccessKey(id, key.accessId());
    return !read.disabled();
  }

  private void deleteKey(String id, String accessId) {
    heading("Delete the old, disabled key", "delete-key " + id + " " + accessId);
    client.deleteAccessKey(id, accessId);
    s.printer.done("Deleted access key " + accessId);
    s.printer.keys(client.listAccessKeys(id));
  }

  private void deleteAccount(String id, RotationResult rotation) {
    heading("Delete the account", "delete-account " + id);
    client.deleteServiceAccount(id);
    s.printer.done("Deleted service account " + id + " and its keys");
    s.printer.accounts(client.listServiceAccounts());
    if (rotation.keptNewKey().isEmpty()) {
      throw new IllegalStateException("The rotation kept no new key");
    }
  }

  private void heading(String title, String command) {
    step++;
    s.out.println();
    s.out.println("== " + step + ". " + title + "   $ " + Main.NAME + " " + command);
  }
}
