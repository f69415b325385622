package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.sumoclient.serviceaccounts.Fixtures.ACCOUNT;
import static io.sumoclient.serviceaccounts.Fixtures.BASIC;
import static io.sumoclient.serviceaccounts.Fixtures.CREATED_KEY;
import static io.sumoclient.serviceaccounts.Fixtures.CREATED_SECRET;
import static io.sumoclient.serviceaccounts.Fixtures.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.DeleteServiceAccountOptions;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceAccountOperationsTest {
  private static final String ACCOUNTS = "/api/v1/serviceAccounts";
  private static final String ACCOUNT_PATH = ACCOUNTS + "/000000000FE20FE2";
  private static final String KEYS = ACCOUNT_PATH + "/accessKeys";
  private static final String KEY_PATH = KEYS + "/su0w3Q37CBzHUM";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ServiceAccountClient client;

  @BeforeEach
  void createClient() {
    client = Fixtures.clientFor(server);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void listServiceAccountsDecodesTheDataArray() {
    server.stubFor(get(ACCOUNTS).willReturn(okJson("{\"data\": [" + ACCOUNT + "]}")));

    List<ServiceAccount> accounts = client.listServiceAccounts();

    assertThat(accounts).extracting(ServiceAccount::id).containsExactly("000000000FE20FE2");
    server.verify(common(getRequestedFor(urlEqualTo(ACCOUNTS))));
  }

  @Test
  void createServiceAccountPostsEveryRequiredField() {
    server.stubFor(post(ACCOUNTS).willReturn(okJson(ACCOUNT)));

    ServiceAccount created =
        client.createServiceAccount(
            CreateServiceAccountRequest.of(
                "ci-deployer", "ci@acme.com", List.of("00000000000001DF")));

    assertThat(created.name()).isEqualTo("ci-deployer");
    assertThat(created.active()).isTrue();
    assertThat(created.createdAt()).isEqualTo(Instant.parse("2018-10-16T09:10:00Z"));
    server.verify(
        withJson(postRequestedFor(urlEqualTo(ACCOUNTS)))
            .withRequestBody(
                equalToJson(
                    "{\"name\": \"ci-deployer\", \"email\": \"ci@acme.com\","
                        + " \"roleIds\": [\"00000000000001DF\"]}")));
  }

  @Test
  void getServiceAccountReadsEveryField() {
    server.stubFor(get(ACCOUNT_PATH).willReturn(okJson(ACCOUNT)));

    ServiceAccount account = client.getServiceAccount("000000000FE20FE2");

    assertThat(account)
        .isEqualTo(
            new ServiceAccount(
                "000000000FE20FE2",
                "ci-deployer",
                "ci@acme.com",
                List.of("00000000000001DF"),
                true,
                Instant.parse("2018-10-16T09:10:00Z"),
                "0000000006743FDD",
                Instant.parse("2018-10-17T09:10:00Z"),
                "0000000006743FE8"));
    server.verify(common(getRequestedFor(urlEqualTo(ACCOUNT_PATH))));
  }

  @Test
  void updateServiceAccountSendsOnlyTheFieldsThatWereSet() {
    server.stubFor(put(ACCOUNT_PATH).willReturn(okJson(ACCOUNT)));

    client.updateServiceAccount(
        "000000000FE20FE2", UpdateServiceAccountRequest.builder().active(false).build());

    server.verify(
        withJson(putRequestedFor(urlEqualTo(ACCOUNT_PATH)))
            .withRequestBody(equalToJson("{\"isActive\": false}")));
  }

  @Test
  void updateServiceAccountSendsEveryFieldWhenAllAreSet() {
    server.stubFor(put(ACCOUNT_PATH).willReturn(okJson(ACCOUNT)));

    client.updateServiceAccount(
        "000000000FE20FE2",
        UpdateServiceAccountRequest.builder()
            .name("renamed")
            .email("new@acme.com")
            .active(true)
            .roleIds(List.of())
            .build());

    server.verify(
        putRequestedFor(urlEqualTo(ACCOUNT_PATH))
            .withRequestBody(
                equalToJson(
                    "{\"name\": \"renamed\", \"email\": \"new@acme.com\", \"isActive\": true,"
                        + " \"roleIds\": []}")));
  }

  @Test
  void deleteServiceAccountTransfersToTheCallerByDefault() {
    server.stubFor(delete(urlPathEqualTo(ACCOUNT_PATH)).willReturn(noContent()));

    client.deleteServiceAccount("000000000FE20FE2");

    server.verify(
        common(deleteRequestedFor(urlEqualTo(ACCOUNT_PATH)))
            .withHeader("Content-Type", absent())
            .withQueryParam("transferTo", absent())
            .withQueryParam("deleteContent", absent()));
  }

  @Test
  void deleteServiceAccountSendsTransferTo() {
    server.stubFor(delete(urlPathEqualTo(ACCOUNT_PATH)).willReturn(noContent()));

    client.deleteServiceAccount(
        "000000000FE20FE2", DeleteServiceAccountOptions.transferTo("0000000006743FDD"));

    server.verify(deleteRequestedFor(urlEqualTo(ACCOUNT_PATH + "?transferTo=0000000006743FDD")));
  }

  @Test
  void deleteServiceAccountSendsDeleteContentWhenAsked() {
    server.stubFor(delete(urlPathEqualTo(ACCOUNT_PATH)).willReturn(noContent()));

    client.deleteServiceAccount(
        "000000000FE20FE2", DeleteServiceAccountOptions.deleteContentPermanently());

    server.verify(deleteRequestedFor(urlEqualTo(ACCOUNT_PATH + "?deleteContent=true")));
  }

  @Test
  void listAccessKeysDecodesTheDataArray() {
    server.stubFor(get(KEYS).willReturn(okJson("{\"data\": [" + KEY + "]}")));

    List<AccessKey> keys = client.listAccessKeys("000000000FE20FE2");

    assertThat(keys).singleElement().satisfies(k -> assertThat(k.label()).isEqualTo("ci key"));
    server.verify(common(getRequestedFor(urlEqualTo(KEYS))));
  }

  @Test
  void createAccessKeyReturnsTheSecretOnce() {
    server.stubFor(post(KEYS).willReturn(okJson(CREATED_KEY)));

    CreatedAccessKey created =
        client.createAccessKey(
            "000000000FE20FE2",
            CreateAccessKeyRequest.builder("ci key").scopes(List.of("viewCollectors")).build());

    assertThat(created.accessId()).isEqualTo("su0w3Q37CBzHUM");
    assertThat(created.secret()).isEqualTo(CREATED_SECRET);
    assertThat(created.accessKey().scopes()).containsExactly("viewCollectors");
    server.verify(
        withJson(postRequestedFor(urlEqualTo(KEYS)))
            .withRequestBody(
                equalToJson("{\"label\": \"ci key\", \"scopes\": [\"viewCollectors\"]}")));
  }

  @Test
  void getAccessKeyReadsEveryField() {
    server.stubFor(get(KEY_PATH).willReturn(okJson(KEY)));

    AccessKey key = client.getAccessKey("000000000FE20FE2", "su0w3Q37CBzHUM");

    assertThat(key.id()).isEqualTo("su0w3Q37CBzHUM");
    assertThat(key.disabled()).isFalse();
    assertThat(key.corsHeaders()).containsExactly("https://my-app.com");
    assertThat(key.effectiveScopes()).containsExactly("viewCollectors");
    assertThat(key.lastUsed()).isNull();
    server.verify(common(getRequestedFor(urlEqualTo(KEY_PATH))));
  }

  @Test
  void updateAccessKeyAlwaysSendsDisabled() {
    server.stubFor(put(KEY_PATH).willReturn(okJson(KEY)));

    client.updateAccessKey(
        "000000000FE20FE2",
        "su0w3Q37CBzHUM",
        UpdateAccessKeyRequest.disable().withCorsHeaders(List.of("https://a.example")));

    server.verify(
        withJson(putRequestedFor(urlEqualTo(KEY_PATH)))
            .withRequestBody(
                equalToJson("{\"disabled\": true, \"corsHeaders\": [\"https://a.example\"]}")));
  }

  @Test
  void deleteAccessKeySendsDelete() {
    server.stubFor(delete(KEY_PATH).willReturn(noContent()));

    client.deleteAccessKey("000000000FE20FE2", "su0w3Q37CBzHUM");

    server.verify(common(deleteRequestedFor(urlEqualTo(KEY_PATH))));
  }

  @Test
  void responsesTolerateUnknownAndMissingOptionalFields() {
    server.stubFor(
        get(KEY_PATH)
            .willReturn(
                okJson(
                    "{\"id\": \"su0w3Q37CBzHUM\", \"label\": \"k\", \"disabled\": true,"
                        + " \"newField\": {\"nested\": [1, 2]}}")));

    AccessKey key = client.getAccessKey("000000000FE20FE2", "su0w3Q37CBzHUM");

    assertThat(key.disabled()).isTrue();
    assertThat(key.scopes()).isEmpty();
    assertThat(key.corsHeaders()).isEmpty();
    assertThat(key.createdAt()).isNull();
  }

  @Test
  void listToleratesANextCursor() {
    server.stubFor(
        get(ACCOUNTS).willReturn(okJson("{\"data\": [" + ACCOUNT + "], \"next\": \"abc\"}")));

    assertThat(client.listServiceAccounts()).hasSize(1);
  }

  @Test
  void requestsCarryAUserAgentNamingTheLibraryAndApplication() {
    server.stubFor(get(ACCOUNTS).willReturn(okJson("{\"data\": []}")));
    try (ServiceAccountClient named =
        Fixtures.builderFor(server).application("rotator", "1.2").build()) {

      named.listServiceAccounts();
    }

    server.verify(
        getRequestedFor(urlEqualTo(ACCOUNTS))
            .withHeader(
                "User-Agent",
                com.github.tomakehurst.wiremock.client.WireMock.matching(
                    "sumologic-service-accounts/\\S+ \\(Java/\\S+; [^)]+\\) rotator/1\\.2")));
  }

  private static RequestPatternBuilder common(RequestPatternBuilder pattern) {
    return pattern
        .withHeader("Authorization", equalTo(BASIC))
        .withHeader("Accept", equalTo("application/json"));
  }

  private static RequestPatternBuilder withJson(RequestPatternBuilder pattern) {
    return common(pattern).withHeader("Content-Type", equalTo("application/json"));
  }
}
