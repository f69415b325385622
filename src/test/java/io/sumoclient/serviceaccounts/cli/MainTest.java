package io.sumoclient.serviceaccounts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sumoclient.serviceaccounts.internal.Json;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.testing.Fault;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

class MainTest extends CliTestSupport {
  @Test
  void listAccountsPrintsATable() {
    Run run = run("list-accounts");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("ID")
        .contains(accountId, "ci@example.com", "00000000000000A1");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void listAccountsPrintsJsonWhenAsked() {
    Run run = run("list-accounts", "--json");

    JsonNode body = Json.mapper().readTree(run.out());
    assertThat(run.code()).isZero();
    assertThat(body.get("data").get(0).get("id").asString()).isEqualTo(accountId);
    assertThat(body.get("data").get(0).get("isActive").asBoolean()).isTrue();
  }

  @Test
  void getAccountShowsItsFields() {
    Run run = run("get-account", accountId);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("id        " + accountId, "email     ci@example.com");
  }

  @Test
  void createAccountSendsTheGivenFields() {
    Run run = run("create-account", "--name", "ops", "--email=ops@example.com", "--roles", "R1,R2");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("ops@example.com");
    assertThat(emulator.serviceAccounts())
        .filteredOn(a -> a.name().equals("ops"))
        .singleElement()
        .satisfies(a -> assertThat(a.roleIds()).containsExactly("R1", "R2"));
  }

  @Test
  void updateAccountDeactivates() {
    Run run = run("update-account", accountId, "--deactivate", "--json");

    assertThat(run.code()).isZero();
    assertThat(Json.mapper().readTree(run.out()).get("isActive").asBoolean()).isFalse();
    assertThat(client.getServiceAccount(accountId).active()).isFalse();
  }

  @Test
  void deleteAccountDeletesContentWhenAsked() {
    Run run = run("delete-account", accountId, "--delete-content");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Deleted service account " + accountId);
    assertThat(emulator.lastRequest().queryParameter("deleteContent")).contains("true");
    assertThat(emulator.serviceAccounts()).isEmpty();
  }

  @Test
  void listKeysShowsStateAndScopes() {
    Run run = run("list-keys", accountId);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(key.accessId(), "deployer", "enabled", "viewCollectors");
    assertThat(run.out()).doesNotContain(key.secret());
  }

  @Test
  void getKeyShowsOneKey() {
    Run run = run("get-key", accountId, key.accessId(), "--json");

    assertThat(run.code()).isZero();
    assertThat(Json.mapper().readTree(run.out()).get("label").asString()).isEqualTo("deployer");
  }

  @Test
  void createKeyShowsTheSecretOnceAndLabelled() {
    Run run = run("create-key", accountId, "--label", "new", "--cors-origins", "https://a.example");

    AccessKey created =
        emulator.accessKeys(accountId).stream()
            .filter(k -> k.label().equals("new"))
            .findFirst()
            .orElseThrow();
    assertThat(run.code()).isZero();
    assertThat(run.out()).containsOnlyOnce("SECRET KEY").contains(Printer.SECRET_NOTICE);
    assertThat(created.corsHeaders()).containsExactly("https://a.example");
  }

  @Test
  void createKeyPutsTheSecretInJsonAsKey() {
    Run run = run("create-key", accountId, "--label", "new", "--json");

    JsonNode body = Json.mapper().readTree(run.out());
    assertThat(run.code()).isZero();
    assertThat(body.get("key").asString()).hasSize(64);
    assertThat(body.get("id").asString()).startsWith("su");
  }

  @Test
  void updateKeyDisables() {
    Run run = run("update-key", accountId, key.accessId(), "--disable");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("disabled");
    assertThat(client.getAccessKey(accountId, key.accessId()).disabled()).isTrue();
  }

  @Test
  void updateKeyNeedsAState() {
    Run run = run("update-key", accountId, key.accessId());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--enable or --disable");
  }

  @Test
  void deleteKeyDeletes() {
    Run run = run("delete-key", accountId, key.accessId());

    assertThat(run.code()).isZero();
    assertThat(emulator.accessKeys(accountId)).isEmpty();
  }

  @Test
  void rotateKeyWithoutVerificationReplacesTheKey() {
    Run run = run("rotate-key", accountId, key.accessId(), "--no-verify", "--delete-old");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("completed", "CREATED_NEW", "DELETED_OLD   done", "SECRET KEY");
    assertThat(emulator.accessKeys(accountId))
        .singleElement()
        .satisfies(k -> assertThat(k.id()).isNotEqualTo(key.accessId()))
        .satisfies(k -> assertThat(k.scopes()).containsExactly("viewCollectors"));
  }

  @Test
  void rotateKeyKeepsTheOldKeyWhenTheNewOneCannotSignIn() {
    Run run = run("rotate-key", accountId, key.accessId(), "--label", "next");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).contains("stopped", "VERIFIED_NEW  failed", "DELETED_NEW   done");
    assertThat(run.out()).doesNotContain("SECRET KEY");
    assertThat(run.err()).contains("HTTP status: 401", "request id: ");
    assertThat(emulator.accessKeys(accountId))
        .singleElement()
        .satisfies(k -> assertThat(k.id()).isEqualTo(key.accessId()))
        .satisfies(k -> assertThat(k.disabled()).isFalse());
  }

  @Test
  void rotateKeyPrintsJson() {
    Run run = run("rotate-key", accountId, key.accessId(), "--no-verify", "--json");

    JsonNode body = Json.mapper().readTree(run.out());
    assertThat(run.code()).isZero();
    assertThat(body.get("succeeded").asBoolean()).isTrue();
    assertThat(body.get("steps")).hasSize(5);
    assertThat(body.get("newKey").get("key").asString()).hasSize(64);
  }

  @Test
  void apiErrorExitsWith3AndShowsCodeAndRequestId() {
    Run run = run("get-account", "0000000000000BAD");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("API error", "error code: notfound", "request id: ");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void apiErrorIsJsonWithJson() {
    emulator.failNext(Fault.status(500));

    Run run = run("list-accounts", "--json");

    JsonNode error = Json.mapper().readTree(run.err());
    assertThat(run.code()).isEqualTo(3);
    assertThat(error.get("code").asString()).isEqualTo("internal.error");
    assertThat(error.get("requestId").asString()).isNotBlank();
  }

  @Test
  void debugAddsTheStackTrace() {
    Run run = run("get-account", "0000000000000BAD", "--debug");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("NotFoundException", "\tat ");
  }

  @Test
  void transportFailureExitsWith4() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    Run run = run("list-accounts", "--base-url", "http://127.0.0.1:" + port + "/api");

    assertThat(run.code()).isEqualTo(4);
    assertThat(run.err()).contains("transport failure");
  }

  @Test
  void invalidInputExitsWith2BeforeSending() {
    emulator.clearRequests();

    Run run = run("create-account", "--name", "x", "--email", "not-an-address");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("email");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(run("no-such-command").code()).isEqualTo(2);
    assertThat(run("get-account").code()).isEqualTo(2);
    assertThat(run("list-accounts", "--bogus").code()).isEqualTo(2);
    assertThat(run("list-accounts", "--label", "x").code()).isEqualTo(2);
    assertThat(run("create-account", "--name", "x").err()).contains("missing option --email");
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void missingCredentialsIsAUsageError() {
    env.remove("SUMOLOGIC_ACCESSKEY");

    Run run = run("list-accounts");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--access-key-file", "SUMOLOGIC_ACCESSKEY");
  }

  @Test
  void missingDeploymentIsAUsageError() {
    env.remove("SUMOLOGIC_BASE_URL");

    Run run = run("list-accounts");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--deployment", "SUMOLOGIC_ENVIRONMENT");
  }

  @Test
  void unknownDeploymentIsAUsageError() {
    Run run = run("list-accounts", "--deployment", "mars");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("us2");
  }

  @Test
  void flagsWinOverTheEnvironment() {
    env.put("SUMOLOGIC_BASE_URL", "http://127.0.0.1:1/api");
    env.put("SUMOLOGIC_ACCESSID", "suSOMEONEELSE1");
    stdin = emulator.accessKey() + "\n";

    Run run =
        run(
            "list-accounts",
            "--base-url",
            emulator.baseUrl(),
            "--access-id",
            emulator.accessId(),
            "--access-key-stdin");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void accessKeyIsReadFromAFile(@TempDir Path dir) throws IOException {
    env.remove("SUMOLOGIC_ACCESSKEY");
    Path file = Files.writeString(dir.resolve("key"), emulator.accessKey() + "\n");

    Run run = run("list-accounts", "--access-key-file", file.toString());

    assertThat(run.code()).isZero();
  }

  @Test
  void accessKeyAsAPlainFlagWarnsAndIsNeverPrinted() {
    env.remove("SUMOLOGIC_ACCESSKEY");

    Run run = run("list-accounts", "--access-key=" + emulator.accessKey(), "--debug");

    assertThat(run.code()).isZero();
    assertThat(run.err()).startsWith("warning: --access-key");
    assertThat(run.out() + run.err()).doesNotContain(emulator.accessKey());
  }

  @Test
  void wrongAccessKeyIsAnApiErrorThatHidesTheKey() {
    env.put("SUMOLOGIC_ACCESSKEY", "WrongKeyWrongKeyWrongKey");

    Run run = run("list-accounts", "--debug");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("HTTP status: 401").doesNotContain("WrongKeyWrongKeyWrongKey");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void everyCommandHasHelp(Command command) {
    Run run = run(command.label(), "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Usage: sumo-sa " + command.label())
        .contains("--help", "Exit codes");
  }

  @Test
  void overviewListsEveryCommand() {
    Run run = run("--help");

    assertThat(run.code()).isZero();
    for (Command command : Command.values()) {
      assertThat(run.out()).contains(command.label());
    }
    assertThat(run("help", "rotate-key").out()).contains("--delete-old");
  }

  @Test
  void demoWalksTheWholeLifecycle() {
    env.clear();

    Run run = run("demo");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            "create-account",
            "create-key",
            "list-accounts",
            "list-keys",
            "get-account",
            "get-key",
            "--deactivate",
            "--activate",
            "rotate-key",
            "delete-key",
            "delete-account",
            ": completed",
            "Done: every step succeeded");
    assertThat(run.out().split("SECRET KEY", -1)).hasSize(3);
  }
}
