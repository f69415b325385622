package io.sumoclient.serviceaccounts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sumoclient.serviceaccounts.internal.Json;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The less travelled paths of the command line, run against the emulator. */
class CommandLineEdgeCasesTest extends CliTestSupport {
  @Test
  void updateAccountChangesEveryGivenField() {
    client.updateServiceAccount(
        accountId,
        io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest.builder()
            .active(false)
            .build());

    Run run =
        run(
            "update-account",
            accountId,
            "--name",
            "ops",
            "--email",
            "ops@example.com",
            "--roles",
            "R1, ,R2",
            "--activate");

    ServiceAccount updated = client.getServiceAccount(accountId);
    assertThat(run.code()).isZero();
    assertThat(updated.name()).isEqualTo("ops");
    assertThat(updated.email()).isEqualTo("ops@example.com");
    assertThat(updated.roleIds()).containsExactly("R1", "R2");
    assertThat(updated.active()).isTrue();
  }

  @Test
  void updateAccountWithoutAStateFlagSendsNoState() {
    Run run = run("update-account", accountId, "--name", "renamed");

    assertThat(run.code()).isZero();
    assertThat(emulator.lastRequest().body()).contains("renamed").doesNotContain("isActive");
    assertThat(client.getServiceAccount(accountId).active()).isTrue();
  }

  @Test
  void updateAccountRefusesBothActivateAndDeactivate() {
    emulator.clearRequests();

    Run run = run("update-account", accountId, "--activate", "--deactivate");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("use either --activate or --deactivate, not both");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void deleteAccountRefusesBothTransferAndDeleteContent() {
    Run run = run("delete-account", accountId, "--transfer-to", "X", "--delete-content");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--transfer-to or --delete-content, not both");
    assertThat(emulator.serviceAccounts()).hasSize(1);
  }

  @Test
  void deleteAccountTransfersContentToTheGivenUser() {
    Run run = run("delete-account", accountId, "--transfer-to", "00000000000000B2");

    assertThat(run.code()).isZero();
    assertThat(emulator.lastRequest().queryParameter("transferTo")).contains("00000000000000B2");
    assertThat(emulator.lastRequest().queryParameter("deleteContent")).isEmpty();
    assertThat(emulator.serviceAccounts()).isEmpty();
  }

  @Test
  void deleteAccountTransfersToTheCallerByDefault() {
    Run run = run("delete-account", accountId, "--json");

    assertThat(run.code()).isZero();
    assertThat(Json.mapper().readTree(run.out()).get("result").asString())
        .isEqualTo("Deleted service account " + accountId);
    assertThat(emulator.lastRequest().queryParameter("transferTo")).isEmpty();
    assertThat(emulator.lastRequest().queryParameter("deleteContent")).isEmpty();
  }

  @Test
  void createKeySendsTheGivenScopes() {
    Run run = run("create-key", accountId, "--label", "scoped", "--scopes", "viewUsers,viewRoles");

    AccessKey created = keyLabelled("scoped");
    assertThat(run.code()).isZero();
    assertThat(created.scopes()).containsExactly("viewUsers", "viewRoles");
  }

  @Test
  void updateKeyEnablesWithNewScopesAndOrigins() {
    client.updateAccessKey(
        accountId,
        key.accessId(),
        io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest.disable());

    Run run =
        run(
            "update-key",
            accountId,
            key.accessId(),
            "--enable",
            "--scopes",
            "viewUsers",
            "--cors-origins",
            "https://b.example");

    AccessKey updated = client.getAccessKey(accountId, key.accessId());
    assertThat(run.code()).isZero();
    assertThat(updated.disabled()).isFalse();
    assertThat(updated.scopes()).containsExactly("viewUsers");
    assertThat(updated.corsHeaders()).containsExactly("https://b.example");
  }

  @Test
  void updateKeyRefusesBothEnableAndDisable() {
    Run run = run("update-key", accountId, key.accessId(), "--enable", "--disable");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("use either --enable or --disable, not both");
  }

  @Test
  void rotateKeyWithNoCopyLeavesTheOldScopesBehind() {
    Run run = run("rotate-key", accountId, key.accessId(), "--no-verify", "--no-copy");

    AccessKey fresh =
        emulator.accessKeys(accountId).stream()
            .filter(k -> !k.id().equals(key.accessId()))
            .findFirst()
            .orElseThrow();
    assertThat(run.code()).isZero();
    assertThat(fresh.scopes()).doesNotContain("viewCollectors");
  }

  @Test
  void failedRotationInJsonNamesTheFailedStepsError() {
    Run run = run("rotate-key", accountId, key.accessId(), "--json");

    JsonNode steps = Json.mapper().readTree(run.out()).get("steps");
    assertThat(run.code()).isEqualTo(ExitCode.API);
    assertThat(steps.findValues("error")).singleElement().satisfies(e -> assertThat(e).isNotNull());
    assertThat(steps.findValuesAsString("status")).contains("FAILED");
  }

  @Test
  void listKeysSaysSoWhenThereAreNone() {
    client.deleteAccessKey(accountId, key.accessId());

    Run run = run("list-keys", accountId);

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("(no access keys)" + System.lineSeparator());
  }

  @Test
  void listKeysPrintsJsonWhenAsked() {
    Run run = run("list-keys", accountId, "--json");

    JsonNode data = Json.mapper().readTree(run.out()).get("data");
    assertThat(run.code()).isZero();
    assertThat(data).hasSize(1);
    assertThat(data.get(0).get("id").asString()).isEqualTo(key.accessId());
  }

  @Test
  void doubleDashMakesTheRestOperands() {
    Run run = run("get-account", "--", accountId);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(accountId);
  }

  @Test
  void loneDashIsAnOperandNotAnOption() {
    Run run = run("get-account", "-");

    assertThat(run.code()).isEqualTo(ExitCode.API);
    assertThat(emulator.lastRequest().path()).endsWith("/-");
  }

  @Test
  void flagGivenAValueIsAUsageError() {
    Run run = run("list-accounts", "--json=yes");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--json takes no value");
  }

  @Test
  void optionWithoutItsValueIsAUsageError() {
    Run run = run("get-account", accountId, "--base-url");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--base-url needs a value");
  }

  @Test
  void helpForAnUnknownCommandIsAUsageError() {
    Run run = run("help", "no-such-command");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("unknown command no-such-command");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpAloneShowsTheOverviewOnStandardOutput() {
    Run run = run("help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(Command.ROTATE_KEY.label());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void missingAccessIdIsAUsageError() {
    env.put("SUMOLOGIC_ACCESSID", "  ");

    Run run = run("list-accounts");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no access ID", "SUMOLOGIC_ACCESSID");
  }

  @Test
  void blankAccessIdFlagFallsBackToTheEnvironment() {
    Run run = run("list-accounts", "--access-id", " ");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(accountId);
  }

  @Test
  void blankAccessKeyInTheEnvironmentIsAUsageError() {
    env.put("SUMOLOGIC_ACCESSKEY", " ");

    Run run = run("list-accounts");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no access key");
  }

  @Test
  void emptyStandardInputHoldsNoAccessKey() {
    stdin = "";

    Run run = run("list-accounts", "--access-key-stdin");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no access key in standard input");
  }

  private AccessKey keyLabelled(String label) {
    return emulator.accessKeys(accountId).stream()
        .filter(k -> k.label().equals(label))
        .findFirst()
        .orElseThrow();
  }
}
