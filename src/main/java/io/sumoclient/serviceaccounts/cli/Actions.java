package io.sumoclient.serviceaccounts.cli;

import io.sumoclient.serviceaccounts.AccessKeyRotator;
import io.sumoclient.serviceaccounts.KeyVerifier;
import io.sumoclient.serviceaccounts.RotationOptions;
import io.sumoclient.serviceaccounts.RotationResult;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.DeleteServiceAccountOptions;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import java.util.List;
import java.util.function.ToIntFunction;

/** The subcommands that call the API. */
final class Actions {
  private Actions() {}

  static int listAccounts(Session s) {
    return with(s, client -> ok(() -> s.printer.accounts(client.listServiceAccounts())));
  }

  static int getAccount(Session s) {
    String id = s.operand(0, "ACCOUNT_ID");
    return with(s, client -> ok(() -> s.printer.account(client.getServiceAccount(id))));
  }

  static int createAccount(Session s) {
    List<String> roles = s.args.list("--roles");
    CreateServiceAccountRequest request =
        CreateServiceAccountRequest.of(
            s.required("--name"), s.required("--email"), roles == null ? List.of() : roles);
    return with(s, client -> ok(() -> s.printer.account(client.createServiceAccount(request))));
  }

  static int updateAccount(Session s) {
    String id = s.operand(0, "ACCOUNT_ID");
    UpdateServiceAccountRequest request = accountChanges(s);
    return with(s, client -> ok(() -> s.printer.account(client.updateServiceAccount(id, request))));
  }

  static int deleteAccount(Session s) {
    String id = s.operand(0, "ACCOUNT_ID");
    DeleteServiceAccountOptions options = deletion(s);
    return with(
        s,
        client ->
            ok(
                () -> {
                  client.deleteServiceAccount(id, options);
                  s.printer.done("Deleted service account " + id);
                }));
  }

  static int listKeys(Session s) {
    String id = s.operand(0, "ACCOUNT_ID");
    return with(s, client -> ok(() -> s.printer.keys(client.listAccessKeys(id))));
  }

  static int getKey(Session s) {
    String id = s.operand(0, "ACCOUNT_ID");
    String accessId = s.operand(1, "ACCESS_ID");
    return with(s, client -> ok(() -> s.printer.key(client.getAccessKey(id, accessId))));
  }

  static int createKey(Session s) {
    String id = s.operand(0, "ACCOUNT_ID");
    CreateAccessKeyRequest.Builder request = CreateAccessKeyRequest.builder(s.required("--label"));
    List<String> scopes = s.args.list("--scopes");
    List<String> origins = s.args.list("--cors-origins");
    if (scopes != null) {
      request.scopes(scopes);
    }
    if (origins != null) {
      request.corsHeaders(origins);
    }
    return with(
        s, client -> ok(() -> s.printer.createdKey(client.createAccessKey(id, request.build()))));
  }

  static int updateKey(Session s) {
    String id = s.operand(0, "ACCOUNT_ID");
    String accessId = s.operand(1, "ACCESS_ID");
    UpdateAccessKeyRequest request = keyChanges(s);
    return with(
        s, client -> ok(() -> s.printer.key(client.updateAccessKey(id, accessId, request))));
  }

  static int deleteKey(Session s) {
    String id = s.operand(0, "ACCOUNT_ID");
    String accessId = s.operand(1, "ACCESS_ID");
    return with(
        s,
        client ->
            ok(
                () -> {
                  client.deleteAccessKey(id, accessId);
                  s.printer.done("Deleted access key " + accessId);
                }));
  }

  static int rotateKey(Session s) {
    String id = s.operand(0, "ACCOUNT_ID");
    String accessId = s.operand(1, "ACCESS_ID");
    RotationOptions options = rotationOptions(s);
    return with(
        s,
        client -> {
          AccessKeyRotator rotator =
              s.args.flag("--no-verify")
                  ? AccessKeyRotator.of(client, KeyVerifier.NONE)
                  : AccessKeyRotator.of(client);
          return rotated(s, rotator.rotate(id, accessId, options));
        });
  }

  /** Prints a rotation's result; a failed step yields the exit code of its failure. */
  static int rotated(Session s, RotationResult result) {
    s.printer.rotation(result);
    RuntimeException failure = result.failure().orElse(null);
    if (failure == null) {
      return ExitCode.OK;
    }
    return Failures.report(s, failure);
  }

  private static RotationOptions rotationOptions(Session s) {
    RotationOptions options =
        RotationOptions.defaults()
            .withCopySettings(!s.args.flag("--no-copy"))
            .withDeleteOld(s.args.flag("--delete-old"));
    String label = s.args.value("--label");
    try {
      return label == null ? options : options.withLabel(label);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--label: " + e.getMessage());
    }
  }

  private static UpdateServiceAccountRequest accountChanges(Session s) {
    UpdateServiceAccountRequest.Builder request = UpdateServiceAccountRequest.builder();
    String name = s.args.value("--name");
    String email = s.args.value("--email");
    List<String> roles = s.args.list("--roles");
    if (name != null) {
      request.name(name);
    }
    if (email != null) {
      request.email(email);
    }
    if (roles != null) {
      request.roleIds(roles);
    }
    if (exclusive(s, "--activate", "--deactivate")) {
      request.active(s.args.flag("--activate"));
    }
    return request.build();
  }

  private static DeleteServiceAccountOptions deletion(Session s) {
    String transferTo = s.args.value("--transfer-to");
    boolean deleteContent = s.args.flag("--delete-content");
    if (transferTo != null && deleteContent) {
      throw new UsageException("use either --transfer-to or --delete-content, not both");
    }
    if (transferTo != null) {
      return DeleteServiceAccountOptions.transferTo(transferTo);
    }
    return deleteContent
        ? DeleteServiceAccountOptions.deleteContentPermanently()
        : DeleteServiceAccountOptions.transferToCaller();
  }

  private static UpdateAccessKeyRequest keyChanges(Session s) {
    if (!exclusive(s, "--enable", "--disable")) {
      throw new UsageException("say --enable or --disable: the API needs the key's state");
    }
    UpdateAccessKeyRequest request =
        s.args.flag("--enable")
            ? UpdateAccessKeyRequest.enable()
            : UpdateAccessKeyRequest.disable();
    List<String> scopes = s.args.list("--scopes");
    List<String> origins = s.args.list("--cors-origins");
    if (scopes != null) {
      request = request.withScopes(scopes);
    }
    return origins == null ? request : request.withCorsHeaders(origins);
  }

  /** {@return whether one of two exclusive flags was given} */
  private static boolean exclusive(Session s, String one, String other) {
    if (s.args.flag(one) && s.args.flag(other)) {
      throw new UsageException("use either " + one + " or " + other + ", not both");
    }
    return s.args.flag(one) || s.args.flag(other);
  }

  private static int with(Session s, ToIntFunction<ServiceAccountClient> work) {
    try (ServiceAccountClient client = s.client()) {
      return work.applyAsInt(client);
    }
  }

  private static int ok(Runnable work) {
    work.run();
    return ExitCode.OK;
  }
}
