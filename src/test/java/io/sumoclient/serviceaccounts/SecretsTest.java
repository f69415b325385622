package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.sumoclient.serviceaccounts.Fixtures.ACCESS_KEY;
import static io.sumoclient.serviceaccounts.Fixtures.CREATED_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

class SecretsTest {
  private static final String BASE = "/api/v1/serviceAccounts";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final List<String> seen = new ArrayList<>();
  private Logger root;
  private Level rootLevel;

  @BeforeEach
  void captureEverything() {
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    rootLevel = root.getLevel();
    root.setLevel(Level.TRACE);
    appender.start();
    root.addAppender(appender);
  }

  @AfterEach
  void restoreLogging() {
    root.detachAppender(appender);
    root.setLevel(rootLevel);
  }

  @Test
  void neitherTheAccessKeyNorACreatedSecretEverAppears() {
    stubEveryOperation();
    try (ServiceAccountClient client =
        Fixtures.builderFor(server).wireLogging(WireLogLevel.BODY).build()) {
      record(client::toString);
      record(() -> client.listServiceAccounts().toString());
      record(
          () ->
              client
                  .createServiceAccount(
                      CreateServiceAccountRequest.of("n", "a@acme.com", List.of()))
                  .toString());
      record(() -> client.getServiceAccount("A").toString());
      record(
          () ->
              client
                  .updateServiceAccount(
                      "A", UpdateServiceAccountRequest.builder().active(false).build())
                  .toString());
      CreatedAccessKey created =
          client.createAccessKey("A", CreateAccessKeyRequest.builder("k").build());
      record(created::toString);
      record(() -> client.listAccessKeys("A").toString());
      record(() -> client.getAccessKey("A", "K").toString());
      record(() -> client.updateAccessKey("A", "K", UpdateAccessKeyRequest.disable()).toString());
      record(
          () -> {
            client.deleteAccessKey("A", "K");
            return "";
          });
      record(
          () -> {
            client.deleteServiceAccount("A");
            return "";
          });
      record(() -> client.getAccessKey("A", "ECHO").toString());
      record(
          () -> client.createAccessKey("A", CreateAccessKeyRequest.builder("").build()).toString());
      record(() -> Credentials.of(Fixtures.ACCESS_ID, ACCESS_KEY).toString());
      assertThat(created.secret()).isEqualTo(CREATED_SECRET);
    }

    appender.list.forEach(event -> seen.add(event.getFormattedMessage()));
    String everything = String.join("\n", seen);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (Fixtures.ACCESS_ID + ":" + ACCESS_KEY)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(appender.list).as("wire log lines").hasSizeGreaterThan(20);
    assertThat(everything)
        .contains("<redacted>")
        .doesNotContain(ACCESS_KEY)
        .doesNotContain(basic)
        .doesNotContain(CREATED_SECRET);
  }

  private void record(Supplier<String> action) {
    try {
      seen.add(action.get());
    } catch (SumoLogicException e) {
      seen.add(e.toString());
      if (e instanceof ApiException api) {
        seen.add(api.bodyExcerpt());
        seen.add(api.headers().toString());
      }
    }
  }

  private static void stubEveryOperation() {
    Fixtures.stubEveryOperation(server);
    server.stubFor(
        get(BASE + "/A/accessKeys/ECHO")
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(
                        "{\"id\": \"R\", \"errors\": [{\"code\": \"x\", \"message\": \"m\"}],"
                            + " \"key\": \""
                            + CREATED_SECRET
                            + "\"}")));
  }
}
