package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorHandlingTest {
  private static final String PATH = "/api/v1/serviceAccounts/000000000FE20FE2";
  private static final String NESTED =
      """
      {"id": "0H9HG-7A2K0-T5B0K",
       "errors": [{"code": "rate.limit.exceeded",
                   "message": "API rate limit for this user has been exceeded.",
                   "detail": "Slow down", "meta": {"limit": 4}},
                  {"code": "second", "message": "Another cause"}]}
      """;
  private static final String FLAT =
      """
      {"status": 401, "id": "IBCA5-NRG74-ROEI9", "code": "unauthorized",
       "message": "Credential could not be verified."}
      """;

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ServiceAccountClient client;

  @BeforeEach
  void createClient() {
    client =
        Fixtures.builderFor(server)
            .readTimeout(Duration.ofMillis(500))
            .retryPolicy(RetryPolicy.NONE)
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(405, ApiException.class),
        Arguments.of(415, ApiException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(503, ServerException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachErrorStatusHasItsType(int status, Class<? extends ApiException> type) {
    server.stubFor(get(PATH).willReturn(aResponse().withStatus(status).withBody(NESTED)));

    ApiException e = catchThrowableOfType(type, () -> client.getServiceAccount("000000000FE20FE2"));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.operation()).isEqualTo(Operation.GET_SERVICE_ACCOUNT);
  }

  @Test
  void nestedErrorShapeYieldsEveryErrorAndTheRequestId() {
    server.stubFor(
        get(PATH)
            .willReturn(aResponse().withStatus(429).withHeader("X-Trace", "t1").withBody(NESTED)));

    RateLimitException e =
        catchThrowableOfType(
            RateLimitException.class, () -> client.getServiceAccount("000000000FE20FE2"));

    assertThat(e.requestId()).contains("0H9HG-7A2K0-T5B0K");
    assertThat(e.errorCode()).contains("rate.limit.exceeded");
    assertThat(e.errors())
        .containsExactly(
            new ApiError(
                "rate.limit.exceeded",
                "API rate limit for this user has been exceeded.",
                "Slow down",
                java.util.Map.of("limit", 4)),
            new ApiError("second", "Another cause", null, java.util.Map.of()));
    assertThat(e.header("x-trace")).contains("t1");
    assertThat(e.bodyExcerpt()).contains("rate.limit.exceeded");
    assertThat(e.getMessage())
        .isEqualTo(
            "getServiceAccount GET /api/v1/serviceAccounts/000000000FE20FE2: HTTP 429"
                + " rate.limit.exceeded: API rate limit for this user has been exceeded.;"
                + " second: Another cause (request id 0H9HG-7A2K0-T5B0K)");
  }

  @Test
  void flatErrorShapeYieldsOneError() {
    server.stubFor(get(PATH).willReturn(aResponse().withStatus(401).withBody(FLAT)));

    UnauthorizedException e =
        catchThrowableOfType(
            UnauthorizedException.class, () -> client.getServiceAccount("000000000FE20FE2"));

    assertThat(e.errors())
        .containsExactly(
            new ApiError(
                "unauthorized", "Credential could not be verified.", null, java.util.Map.of()));
    assertThat(e.requestId()).contains("IBCA5-NRG74-ROEI9");
  }

  static Stream<String> unreadableBodies() {
    return Stream.of(
        "",
        "<html><body>Bad gateway</body></html>",
        "{\"id\": \"X\", \"errors\": [",
        "[1,2]",
        "null");
  }

  @ParameterizedTest
  @MethodSource("unreadableBodies")
  void unreadableErrorBodiesStillGiveTheStatusAndExcerpt(String body) {
    server.stubFor(get(PATH).willReturn(aResponse().withStatus(502).withBody(body)));

    ServerException e =
        catchThrowableOfType(
            ServerException.class, () -> client.getServiceAccount("000000000FE20FE2"));

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.errors()).isEmpty();
    assertThat(e.requestId()).isEmpty();
    assertThat(e.bodyExcerpt()).isEqualTo(body);
    assertThat(e.getMessage())
        .isEqualTo("getServiceAccount GET /api/v1/serviceAccounts/000000000FE20FE2: HTTP 502");
  }

  @Test
  void longErrorBodiesAreCutInTheExcerpt() {
    String huge = "x".repeat(100_000);
    server.stubFor(get(PATH).willReturn(aResponse().withStatus(500).withBody(huge)));

    ServerException e =
        catchThrowableOfType(
            ServerException.class, () -> client.getServiceAccount("000000000FE20FE2"));

    assertThat(e.bodyExcerpt()).hasSize(Transport.EXCERPT_CHARS + 3).endsWith("...");
  }

  @Test
  void plainHttpRedirectIsNotFollowedAndNamesTheDeployment() {
    server.stubFor(
        get(PATH)
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", "http://api.us2.sumologic.com" + PATH)
                    .withBody(
                        "{\"status\": 301, \"id\": \"IBCA5\", \"code\": \"moved\","
                            + " \"message\": \"The requested resource SHOULD be accessed through"
                            + " returned URI in Location Header.\"}")));

    WrongDeploymentException e =
        catchThrowableOfType(
            WrongDeploymentException.class, () -> client.getServiceAccount("000000000FE20FE2"));

    assertThat(e.status()).isEqualTo(301);
    assertThat(e.deployment()).contains(Deployment.US2);
    assertThat(e.location()).contains("http://api.us2.sumologic.com" + PATH);
    assertThat(e.errorCode()).contains("moved");
    assertThat(e.getMessage())
        .endsWith(
            "; redirected to deployment US2 at http://api.us2.sumologic.com"
                + PATH
                + ", not followed: a call follows one redirect, and only to an https Sumo"
                + " Logic API host");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void redirectToAnUnknownHostNamesTheLocation() {
    server.stubFor(
        get(PATH)
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "https://elsewhere.example/x")));

    WrongDeploymentException e =
        catchThrowableOfType(
            WrongDeploymentException.class, () -> client.getServiceAccount("000000000FE20FE2"));

    assertThat(e.deployment()).isEmpty();
    assertThat(e.getMessage())
        .endsWith(
            "; redirected to https://elsewhere.example/x, not followed: a call follows one"
                + " redirect, and only to an https Sumo Logic API host");
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
  void transportFaultsAreTransportExceptions(Fault fault) {
    server.stubFor(get(PATH).willReturn(aResponse().withFault(fault)));

    assertThatThrownBy(() -> client.getServiceAccount("000000000FE20FE2"))
        .isInstanceOf(TransportException.class)
        .hasMessageStartingWith(
            "getServiceAccount GET /api/v1/serviceAccounts/000000000FE20FE2 failed before a"
                + " response arrived")
        .hasCauseInstanceOf(java.io.IOException.class);
  }

  @Test
  void readTimeoutIsATransportException() {
    server.stubFor(get(PATH).willReturn(okJson(Fixtures.ACCOUNT).withFixedDelay(1500)));

    assertThatThrownBy(() -> client.getServiceAccount("000000000FE20FE2"))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("SocketTimeoutException");
  }

  @Test
  void connectionRefusedIsATransportException() {
    ServiceAccountClient unreachable =
        ServiceAccountClient.builder()
            .baseUrl("http://127.0.0.1:1/api")
            .credentials("id", "key")
            .build();

    assertThatThrownBy(unreachable::listServiceAccounts).isInstanceOf(TransportException.class);
    unreachable.close();
  }

  @Test
  void truncatedSuccessBodyIsAnIncompleteResponse() {
    server.stubFor(get(PATH).willReturn(okJson("{\"id\": \"000000000FE20FE2\", \"name\": ")));

    ResponseDecodingException e =
        catchThrowableOfType(
            ResponseDecodingException.class, () -> client.getServiceAccount("000000000FE20FE2"));

    assertThat(e.status()).isEqualTo(200);
    assertThat(e.bodyExcerpt()).startsWith("{\"id\": \"000000000FE20FE2\"");
    assertThat(e.getMessage())
        .startsWith(
            "getServiceAccount GET /api/v1/serviceAccounts/000000000FE20FE2: HTTP 200 but the"
                + " body could not be read");
  }

  @Test
  void emptySuccessBodyIsADecodingFailure() {
    server.stubFor(get(PATH).willReturn(aResponse().withStatus(200)));

    assertThatThrownBy(() -> client.getServiceAccount("000000000FE20FE2"))
        .isInstanceOf(ResponseDecodingException.class);
  }

  @Test
  void wrongTypeInSuccessBodyIsADecodingFailure() {
    server.stubFor(get(PATH).willReturn(okJson("{\"id\": [1], \"roleIds\": 5}")));

    assertThatThrownBy(() -> client.getServiceAccount("000000000FE20FE2"))
        .isInstanceOf(ResponseDecodingException.class);
  }

  @Test
  void createdKeyWithoutASecretIsADecodingFailure() {
    server.stubFor(
        post("/api/v1/serviceAccounts/000000000FE20FE2/accessKeys")
            .willReturn(okJson(Fixtures.KEY)));

    assertThatThrownBy(
            () ->
                client.createAccessKey(
                    "000000000FE20FE2",
                    io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest.builder("k")
                        .build()))
        .isInstanceOf(ResponseDecodingException.class);
  }

  @Test
  void closedClientRefusesCalls() {
    client.close();

    assertThatThrownBy(
            () ->
                client.createServiceAccount(
                    CreateServiceAccountRequest.of("n", "a@b.co", List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ServiceAccountClient is closed");
  }
}
