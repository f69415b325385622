package io.sumoclient.serviceaccounts.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests the client never sends, and state changes it sends rarely. */
class EmulatorEdgeCasesTest extends RawHttpSupport {
  private static final String ACCOUNTS = "/v1/serviceAccounts";
  private static final String VALID = "\"email\":\"a@example.com\",\"roleIds\":[]";

  @BeforeEach
  void createAccountAndKey() {
    emulator.reset();
    account =
        client.createServiceAccount(
            CreateServiceAccountRequest.of("ci", "ci@example.com", List.of("R1")));
    key =
        client.createAccessKey(
            account.id(),
            CreateAccessKeyRequest.builder("first").scopes(List.of("viewUsers")).build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":5," + VALID + "}|name|must be a string",
        "{\"name\":\" \"," + VALID + "}|name|must not be blank",
        "{\"name\":null," + VALID + "}|name|is required",
        "{\"name\":\"a\",\"email\":\"a@example.com\",\"roleIds\":\"R1\"}|roleIds|array of strings",
        "{\"name\":\"a\",\"email\":\"a@example.com\",\"roleIds\":[1]}|roleIds|non-blank strings",
        "{\"name\":\"a\",\"email\":\"a@example.com\",\"roleIds\":[\" \"]}|roleIds|non-blank"
      })
  void badFieldInANewAccountIsNamedInTheError(String body, String field, String rule)
      throws Exception {
    HttpResponse<String> response = send("POST", ACCOUNTS, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"", rule);
    assertThat(emulator.serviceAccounts()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({"[]", "null", "42"})
  void bodyThatIsNotAnObjectIsRefused(String body) throws Exception {
    HttpResponse<String> response = send("POST", ACCOUNTS, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"code\":\"json.invalid\"", "must be a JSON object");
  }

  @ParameterizedTest
  @CsvSource({
    "/v1/serviceAccounts/{id}/roles",
    "/v1/serviceAccounts/{id}/accessKeys/{key}/extra",
    "/v1/serviceAccounts//accessKeys"
  })
  void pathOutsideTheApiGivesNotFound(String path) throws Exception {
    HttpResponse<String> response = send("GET", path, "");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"code\":\"notfound\"");
  }

  @ParameterizedTest
  @CsvSource({
    "/v1/serviceAccounts/{id}",
    "/v1/serviceAccounts/{id}/accessKeys",
    "/v1/serviceAccounts/{id}/accessKeys/{key}"
  })
  void unsupportedMethodOnAResourceGivesMethodNotAllowed(String path) throws Exception {
    HttpResponse<String> response = send("PATCH", path, "{}");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).contains("\"code\":\"method.unsupported\"");
  }

  @Test
  void blankTransferTargetIsRefusedAndKeepsTheAccount() throws Exception {
    HttpResponse<String> response = send("DELETE", ACCOUNTS + "/{id}?transferTo=", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"transferTo\"");
    assertThat(emulator.serviceAccounts()).hasSize(1);
  }

  @Test
  void headRequestGetsTheStatusWithoutABody() throws Exception {
    HttpRequest request =
        authorized(ACCOUNTS).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void updatingOnlyTheNameKeepsEmailAndRoles() {
    ServiceAccount updated =
        client.updateServiceAccount(
            account.id(), UpdateServiceAccountRequest.builder().name("renamed").build());

    assertThat(updated.name()).isEqualTo("renamed");
    assertThat(updated.email()).isEqualTo("ci@example.com");
    assertThat(updated.roleIds()).containsExactly("R1");
  }

  @Test
  void deactivatingAnAccountLeavesAnAlreadyDisabledKeyAsItWas() {
    AccessKey disabled =
        client.updateAccessKey(account.id(), key.accessId(), UpdateAccessKeyRequest.disable());
    CreatedAccessKey other =
        client.createAccessKey(account.id(), CreateAccessKeyRequest.builder("second").build());

    client.updateServiceAccount(
        account.id(), UpdateServiceAccountRequest.builder().active(false).build());

    AccessKey first = client.getAccessKey(account.id(), key.accessId());
    assertThat(first.disabled()).isTrue();
    assertThat(first.modifiedAt()).isEqualTo(disabled.modifiedAt());
    assertThat(client.getAccessKey(account.id(), other.accessId()).disabled()).isTrue();
  }

  @Test
  void updatingAKeyWithoutScopesKeepsItsScopes() {
    AccessKey updated =
        client.updateAccessKey(account.id(), key.accessId(), UpdateAccessKeyRequest.disable());

    assertThat(updated.disabled()).isTrue();
    assertThat(updated.scopes()).containsExactly("viewUsers");
  }
}
