package io.sumoclient.serviceaccounts.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ServiceAccountHealthIndicatorTests {
  private static final String SECRET = "health-secret-key";
  private static final String PATH = "/api/v1/serviceAccounts";

  @RegisterExtension
  static final WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ServiceAccountClient client =
      ServiceAccountClient.builder()
          .baseUrl(api.baseUrl() + "/api")
          .credentials("suHEALTH", SECRET)
          .build();

  private final MutableClock clock = new MutableClock();

  @AfterEach
  void close() {
    client.close();
  }

  private ServiceAccountHealthIndicator indicator(boolean affectsStatus) {
    return new ServiceAccountHealthIndicator(
        client, "custom", Duration.ofSeconds(60), affectsStatus, clock);
  }

  @Test
  void reportsUpWhenTheApiAnswers() {
    api.stubFor(get(PATH).willReturn(okJson("{\"data\":[]}")));

    Health health = indicator(false).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("reachable", true)
        .containsEntry("serviceAccounts", 0)
        .containsEntry("deployment", "custom");
  }

  @Test
  void reportsUpWithErrorDetailsWhenCredentialsAreRejected() {
    api.stubFor(get(PATH).willReturn(unauthorized()));

    Health health = indicator(false).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("reachable", true)
        .containsEntry("status", 401)
        .containsEntry("errorCode", "unauthorized")
        .containsEntry("error", "UnauthorizedException");
    assertThat(health.toString()).doesNotContain(SECRET);
  }

  @Test
  void reportsUnreachableWhenTheConnectionFails() {
    api.stubFor(get(PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    Health health = indicator(false).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("reachable", false)
        .containsEntry("error", "TransportException");
  }

  @Test
  void reportsDownWhenConfiguredToAffectStatus() {
    api.stubFor(get(PATH).willReturn(unauthorized()));

    Health health = indicator(true).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("errorCode", "unauthorized");
  }

  @Test
  void reusesResultWithinCacheTtl() {
    api.stubFor(get(PATH).willReturn(okJson("{\"data\":[]}")));
    ServiceAccountHealthIndicator indicator = indicator(false);

    indicator.health();
    clock.advance(Duration.ofSeconds(59));
    indicator.health();

    api.verify(1, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void checksAgainAfterCacheTtl() {
    api.stubFor(get(PATH).willReturn(okJson("{\"data\":[]}")));
    ServiceAccountHealthIndicator indicator = indicator(false);

    indicator.health();
    clock.advance(Duration.ofSeconds(60));
    indicator.health();

    api.verify(2, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void rejectsNegativeCacheTtl() {
    assertThatThrownBy(
            () -> new ServiceAccountHealthIndicator(client, "US2", Duration.ofSeconds(-1), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sumologic.health.cache-ttl");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder unauthorized() {
    return aResponse()
        .withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"status\":401,\"id\":\"ABC\",\"code\":\"unauthorized\","
                + "\"message\":\"Credential could not be verified.\"}");
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
