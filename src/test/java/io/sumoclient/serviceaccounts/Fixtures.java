package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** JSON bodies and clients shared by the tests. */
final class Fixtures {
  static final String ACCESS_ID = "suTESTACCESSID1";
  static final String ACCESS_KEY = "TopSecretAccessKey0123456789abcdefXYZ";
  static final String CREATED_SECRET = "F9GZvb4fISxUZHM7pqHCsGXGWf4OArgmt9Tz8ewZ";
  static final String BASIC =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString(
                  (ACCESS_ID + ":" + ACCESS_KEY).getBytes(java.nio.charset.StandardCharsets.UTF_8));

  static final String ACCOUNT =
      """
      {"id": "000000000FE20FE2", "name": "ci-deployer", "email": "ci@acme.com",
       "roleIds": ["00000000000001DF"], "isActive": true,
       "createdAt": "2018-10-16T09:10:00Z", "createdBy": "0000000006743FDD",
       "modifiedAt": "2018-10-17T09:10:00Z", "modifiedBy": "0000000006743FE8"}
      """;

  static final String KEY =
      """
      {"id": "su0w3Q37CBzHUM", "label": "ci key", "corsHeaders": ["https://my-app.com"],
       "disabled": false, "createdAt": "2018-10-16T09:10:00Z", "createdBy": "0000000006743FDD",
       "modifiedAt": "2018-10-16T09:10:00Z", "modifiedBy": "0000000006743FDD",
       "scopes": ["viewCollectors"], "effectiveScopes": ["viewCollectors"]}
      """;

  static final String CREATED_KEY =
      KEY.replace("\"label\"", "\"key\": \"" + CREATED_SECRET + "\", \"label\"");

  private Fixtures() {}

  static ServiceAccountClientBuilder builderFor(WireMockExtension server) {
    return ServiceAccountClient.builder()
        .baseUrl(server.baseUrl() + "/api")
        .credentials(ACCESS_ID, ACCESS_KEY)
        .rateLimit(RateLimit.NONE);
  }

  /** Stubs each of the ten operations on account {@code A} and key {@code K}. */
  static void stubEveryOperation(WireMockExtension server) {
    String base = "/api/v1/serviceAccounts";
    server.stubFor(get(base).willReturn(okJson("{\"data\": [" + ACCOUNT + "]}")));
    server.stubFor(post(base).willReturn(okJson(ACCOUNT)));
    server.stubFor(get(base + "/A").willReturn(okJson(ACCOUNT)));
    server.stubFor(put(base + "/A").willReturn(okJson(ACCOUNT)));
    server.stubFor(delete(base + "/A").willReturn(noContent()));
    server.stubFor(get(base + "/A/accessKeys").willReturn(okJson("{\"data\": [" + KEY + "]}")));
    server.stubFor(post(base + "/A/accessKeys").willReturn(okJson(CREATED_KEY)));
    server.stubFor(get(base + "/A/accessKeys/K").willReturn(okJson(KEY)));
    server.stubFor(put(base + "/A/accessKeys/K").willReturn(okJson(KEY)));
    server.stubFor(delete(base + "/A/accessKeys/K").willReturn(noContent()));
  }

  static ServiceAccountClient clientFor(WireMockExtension server) {
    return builderFor(server).build();
  }
}
