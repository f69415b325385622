package io.sumoclient.serviceaccounts.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.sumoclient.serviceaccounts.BadRequestException;
import io.sumoclient.serviceaccounts.NotFoundException;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.UnauthorizedException;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SumoLogicEmulatorErrorsTest extends RawHttpSupport {
  private static final String LONG_129 = "x".repeat(129);

  @BeforeEach
  void createAccountAndKey() {
    emulator.reset();
    account =
        client.createServiceAccount(
            CreateServiceAccountRequest.of("ci", "ci@example.com", List.of()));
    key = client.createAccessKey(account.id(), CreateAccessKeyRequest.builder("first").build());
  }

  @Test
  void invalidBodyGivesBadRequestNamingEachField() {
    try (ServiceAccountClient tampering =
        emulator.newClientBuilder().addInterceptor(replaceBody("{\"email\":\"nope\"}")).build()) {
      CreateServiceAccountRequest request =
          CreateServiceAccountRequest.of("ci", "ci@example.com", List.of());

      assertThatThrownBy(() -> tampering.createServiceAccount(request))
          .asInstanceOf(type(BadRequestException.class))
          .satisfies(e -> assertThat(e.requestId()).isPresent())
          .extracting(BadRequestException::errors)
          .satisfies(
              errors ->
                  assertThat(errors)
                      .extracting(error -> error.meta().get("field"))
                      .containsExactlyInAnyOrder("name", "email", "roleIds"));
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("invalidBodies")
  void invalidFieldGivesBadRequestNamingIt(String method, String path, String body, String field)
      throws Exception {
    HttpResponse<String> response = send(method, path, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"field\":\"" + field + "\"")
        .matches("\\{\"id\":\"[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\",\"errors\":\\[.*");
  }

  static Stream<Arguments> invalidBodies() {
    String accounts = "/v1/serviceAccounts";
    String account = accounts + "/{id}";
    String keys = account + "/accessKeys";
    String key = keys + "/{key}";
    String valid = "\"email\":\"a@example.com\",\"roleIds\":[]";
    String cors21 = "[" + "\"https://a.example.com\",".repeat(20) + "\"https://b.example.com\"]";
    return Stream.of(
        Arguments.of("POST", accounts, "{" + valid + "}", "name"),
        Arguments.of("POST", accounts, "{\"name\":\"" + LONG_129 + "\"," + valid + "}", "name"),
        Arguments.of("POST", accounts, "{\"name\":\"a\",\"roleIds\":[]}", "email"),
        Arguments.of(
            "POST", accounts, "{\"name\":\"a\",\"email\":\"a.b\",\"roleIds\":[]}", "email"),
        Arguments.of(
            "POST",
            accounts,
            "{\"name\":\"a\",\"email\":\"" + "a".repeat(250) + "@example.com\",\"roleIds\":[]}",
            "email"),
        Arguments.of("POST", accounts, "{\"name\":\"a\",\"email\":\"a@example.com\"}", "roleIds"),
        Arguments.of("PUT", account, "{\"name\":\"" + LONG_129 + "\"}", "name"),
        Arguments.of("PUT", account, "{\"isActive\":\"no\"}", "isActive"),
        Arguments.of("POST", keys, "{}", "label"),
        Arguments.of("POST", keys, "{\"label\":\"" + LONG_129 + "\"}", "label"),
        Arguments.of(
            "POST", keys, "{\"label\":\"a\",\"corsHeaders\":" + cors21 + "}", "corsHeaders"),
        Arguments.of("PUT", key, "{\"corsHeaders\":[]}", "disabled"),
        Arguments.of(
            "PUT", key, "{\"disabled\":true,\"corsHeaders\":" + cors21 + "}", "corsHeaders"),
        Arguments.of("DELETE", account + "?deleteContent=maybe", "", "deleteContent"));
  }

  @Test
  void malformedJsonGivesBadRequest() throws Exception {
    HttpResponse<String> response = send("POST", "/v1/serviceAccounts", "{\"name\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"code\":\"json.invalid\"");
  }

  @Test
  void bodyWithoutJsonContentTypeGivesUnsupportedMediaType() throws Exception {
    HttpRequest request =
        authorized("/v1/serviceAccounts")
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("\"code\":\"contenttype.invalid\"");
  }

  @Test
  void unsupportedMethodGivesMethodNotAllowed() throws Exception {
    HttpResponse<String> response = send("PATCH", "/v1/serviceAccounts", "{}");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).contains("\"code\":\"method.unsupported\"");
  }

  @Test
  void unknownPathGivesNotFound() throws Exception {
    HttpResponse<String> response = send("GET", "/v1/collectors", "");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"code\":\"notfound\"");
  }

  @Test
  void unknownAccountIdGivesNotFound() {
    assertThatThrownBy(() -> client.getServiceAccount("0000000000000000"))
        .asInstanceOf(type(NotFoundException.class))
        .satisfies(e -> assertThat(e.errorCode()).contains("notfound"))
        .satisfies(e -> assertThat(e.requestId()).isPresent());
  }

  @Test
  void unknownAccessKeyIdGivesNotFound() {
    assertThatThrownBy(() -> client.getAccessKey(account.id(), "su000000000000"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void otherCredentialsGiveUnauthorized() {
    try (ServiceAccountClient stranger =
        emulator.newClientBuilder().credentials("suOther", "wrong").build()) {

      assertThatThrownBy(stranger::listServiceAccounts)
          .asInstanceOf(type(UnauthorizedException.class))
          .satisfies(e -> assertThat(e.errorCode()).contains("unauthorized"))
          .satisfies(e -> assertThat(e.requestId()).isPresent());
    }
  }

  @Test
  void configuredCredentialsAreTheOnesAccepted() {
    try (SumoLogicEmulator configured =
            SumoLogicEmulator.builder().credentials("suConfigured", "secret-key").start();
        ServiceAccountClient own =
            configured.newClientBuilder().credentials("suConfigured", "secret-key").build()) {

      assertThat(own.listServiceAccounts()).isEmpty();
      assertThat(configured.accessId()).isEqualTo("suConfigured");
      assertThat(configured.accessKey()).isEqualTo("secret-key");
    }
  }

  @Test
  void secretIsAbsentOutsideTheCreateResponse() throws Exception {
    String keyPath = "/v1/serviceAccounts/" + account.id() + "/accessKeys";

    HttpResponse<String> list = send("GET", keyPath, "");
    HttpResponse<String> one = send("GET", keyPath + "/" + key.accessId(), "");

    assertThat(key.secret()).isNotEmpty();
    assertThat(list.body()).contains(key.accessId()).doesNotContain("\"key\"");
    assertThat(one.body()).contains(key.accessId()).doesNotContain("\"key\"");
  }

  @Test
  void timestampsAreRfc3339Strings() throws Exception {
    HttpResponse<String> response = send("GET", "/v1/serviceAccounts/" + account.id(), "");

    assertThat(response.body())
        .containsPattern("\"createdAt\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z\"")
        .containsPattern("\"modifiedAt\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z\"")
        .contains("\"isActive\":true");
  }

  private static Interceptor replaceBody(String json) {
    return chain -> {
      Request request = chain.request();
      RequestBody body = RequestBody.create(json, MediaType.get("application/json"));
      return chain.proceed(request.newBuilder().method(request.method(), body).build());
    };
  }
}
