package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.sumoclient.serviceaccounts.internal.Constraints;
import io.sumoclient.serviceaccounts.internal.Json;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Checks the client against the shared OpenAPI document, read from {@code ../shared/api}. */
class SpecConformanceTest {
  private static final String ACCOUNTS = "/v1/serviceAccounts";
  private static final String ACCOUNT = "/v1/serviceAccounts/{id}";
  private static final String KEYS = "/v1/serviceAccounts/{serviceAccountId}/accessKeys";
  private static final String KEY = KEYS + "/{accessId}";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private OpenApiSpec spec;
  private ServiceAccountClient client;

  @BeforeEach
  void setUp() {
    client = Fixtures.clientFor(server);
    spec = OpenApiSpec.loadOrSkip();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void everyRequestBodyTheClientSendsConformsToTheSpec() {
    server.stubFor(post("/api" + ACCOUNTS).willReturn(okJson(Fixtures.ACCOUNT)));
    server.stubFor(put("/api" + ACCOUNTS + "/A").willReturn(okJson(Fixtures.ACCOUNT)));
    server.stubFor(
        post("/api" + ACCOUNTS + "/A/accessKeys").willReturn(okJson(Fixtures.CREATED_KEY)));
    server.stubFor(put("/api" + ACCOUNTS + "/A/accessKeys/K").willReturn(okJson(Fixtures.KEY)));

    client.createServiceAccount(CreateServiceAccountRequest.of("n", "a@acme.com", List.of()));
    client.createServiceAccount(
        CreateServiceAccountRequest.of("x".repeat(128), "b@acme.com", List.of("R1", "R2")));
    client.updateServiceAccount("A", UpdateServiceAccountRequest.builder().build());
    client.updateServiceAccount(
        "A",
        UpdateServiceAccountRequest.builder()
            .name("n")
            .email("c@acme.com")
            .active(false)
            .roleIds(List.of("R"))
            .build());
    client.createAccessKey("A", CreateAccessKeyRequest.builder("k").build());
    client.createAccessKey(
        "A",
        CreateAccessKeyRequest.builder("k")
            .corsHeaders(java.util.Collections.nCopies(20, "https://a.example"))
            .scopes(List.of("viewCollectors", "aScopeFromTheFuture"))
            .build());
    client.updateAccessKey("A", "K", UpdateAccessKeyRequest.enable());
    client.updateAccessKey(
        "A",
        "K",
        UpdateAccessKeyRequest.disable()
            .withCorsHeaders(List.of("https://a.example"))
            .withScopes(List.of("viewCollectors")));

    List<ServeEvent> events = server.getAllServeEvents();
    assertThat(events).hasSize(8);
    for (ServeEvent event : events) {
      String url = event.getRequest().getUrl();
      String method = event.getRequest().getMethod().getName();
      JsonNode schema = spec.requestSchema(templateOf(url), method);
      JsonNode body = Json.mapper().readTree(event.getRequest().getBodyAsString());
      assertThat(spec.check(schema, body)).as(method + " " + url + " " + body).isEmpty();
    }
  }

  @Test
  void theSchemaCheckRejectsWhatTheSpecForbids() {
    JsonNode body =
        Json.mapper()
            .readTree(
                "{\"name\": \""
                    + "x".repeat(129)
                    + "\", \"email\": 5, \"roleIds\": [true],"
                    + " \"extra\": 1}");

    List<String> problems = spec.check(spec.schema("CreateServiceAccountDefinition"), body);

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "$.name is longer than 128",
            "$.email must be a string",
            "$.roleIds[0] must be a string",
            "$.extra is not in the schema");
  }

  @Test
  void theSpecsAccountExamplesDecode() {
    JsonNode example = spec.example(spec.responseSchema(ACCOUNT, "GET", "200"));
    server.stubFor(get("/api" + ACCOUNTS + "/A").willReturn(okJson(example.toString())));
    server.stubFor(
        get("/api" + ACCOUNTS)
            .willReturn(
                okJson(spec.example(spec.responseSchema(ACCOUNTS, "GET", "200")).toString())));

    ServiceAccount account = client.getServiceAccount("A");
    List<ServiceAccount> all = client.listServiceAccounts();

    assertThat(spec.check(spec.schema("ServiceAccountModel"), example)).isEmpty();
    assertThat(account.id()).isEqualTo(example.get("id").asString());
    assertThat(account.name()).isEqualTo(example.get("name").asString());
    assertThat(account.email()).isEqualTo(example.get("email").asString());
    assertThat(account.roleIds()).hasSize(example.get("roleIds").size());
    assertThat(account.active()).isEqualTo(example.get("isActive").asBoolean());
    assertThat(account.createdAt()).isEqualTo(Instant.parse(example.get("createdAt").asString()));
    assertThat(account.modifiedBy()).isEqualTo(example.get("modifiedBy").asString());
    assertThat(all).containsExactly(account);
  }

  @Test
  void theSpecsAccessKeyExamplesDecode() {
    JsonNode publicKey = spec.example(spec.responseSchema(KEY, "GET", "200"));
    JsonNode created = spec.example(spec.responseSchema(KEYS, "POST", "200"));
    JsonNode list = spec.example(spec.responseSchema(KEYS, "GET", "200"));
    server.stubFor(
        get("/api" + ACCOUNTS + "/A/accessKeys/K").willReturn(okJson(publicKey.toString())));
    server.stubFor(
        post("/api" + ACCOUNTS + "/A/accessKeys").willReturn(okJson(created.toString())));
    server.stubFor(get("/api" + ACCOUNTS + "/A/accessKeys").willReturn(okJson(list.toString())));

    AccessKey key = client.getAccessKey("A", "K");
    CreatedAccessKey newKey =
        client.createAccessKey("A", CreateAccessKeyRequest.builder("k").build());
    List<AccessKey> keys = client.listAccessKeys("A");

    assertThat(key.id()).isEqualTo(publicKey.get("id").asString());
    assertThat(key.label()).isEqualTo(publicKey.get("label").asString());
    assertThat(key.serviceAccountId()).isEqualTo(publicKey.get("serviceAccountId").asString());
    assertThat(key.lastUsed()).isEqualTo(Instant.parse(publicKey.get("lastUsed").asString()));
    assertThat(key.scopes()).hasSize(publicKey.get("scopes").size());
    assertThat(key.effectiveScopes()).hasSize(publicKey.get("effectiveScopes").size());
    assertThat(newKey.secret()).isEqualTo(created.get("key").asString());
    assertThat(newKey.accessKey()).isEqualTo(key);
    assertThat(keys).containsExactly(key);
  }

  @Test
  void theSpecsErrorExampleDecodes() {
    JsonNode error = spec.example(spec.responseSchema(ACCOUNTS, "GET", "default"));
    server.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(400).withBody(error.toString())));

    BadRequestException e =
        catchThrowableOfType(BadRequestException.class, () -> client.listServiceAccounts());

    assertThat(e.requestId()).contains(error.get("id").asString());
    assertThat(e.errors())
        .extracting(ApiError::code)
        .containsExactly("auth:password_too_short", "auth:password_character_classes");
  }

  @Test
  void theSpecsRequestExamplesDecodeIntoValidRequests() {
    List<Record> requests =
        List.of(
            decode("CreateServiceAccountDefinition", CreateServiceAccountRequest.class),
            decode("UpdateServiceAccountDefinition", UpdateServiceAccountRequest.class),
            decode("AccessKeyCreateRequest", CreateAccessKeyRequest.class),
            decode("AccessKeyUpdateRequest", UpdateAccessKeyRequest.class));

    assertThat(requests).allSatisfy(r -> assertThat(Constraints.check(r)).isEmpty());
    assertThat(((UpdateServiceAccountRequest) requests.get(1)).active()).isTrue();
    assertThat(((UpdateAccessKeyRequest) requests.get(3)).disabled()).isTrue();
  }

  private <T extends Record> T decode(String schema, Class<T> type) {
    return Json.mapper().treeToValue(spec.example(spec.schema(schema)), type);
  }

  private static String templateOf(String url) {
    String path = url.substring("/api".length());
    if (path.matches("/v1/serviceAccounts/[^/]+/accessKeys/[^/]+")) {
      return KEY;
    }
    if (path.matches("/v1/serviceAccounts/[^/]+/accessKeys")) {
      return KEYS;
    }
    return path.matches("/v1/serviceAccounts/[^/]+") ? ACCOUNT : ACCOUNTS;
  }
}
