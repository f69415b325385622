package io.sumoclient.serviceaccounts.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.sumoclient.serviceaccounts.autoconfigure.ServiceAccountClientAutoConfiguration.rateLimit;
import static io.sumoclient.serviceaccounts.autoconfigure.ServiceAccountClientAutoConfiguration.retryPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sumoclient.serviceaccounts.CallListener;
import io.sumoclient.serviceaccounts.DeadlineExceededException;
import io.sumoclient.serviceaccounts.Operation;
import io.sumoclient.serviceaccounts.RateLimit;
import io.sumoclient.serviceaccounts.RetryPolicy;
import io.sumoclient.serviceaccounts.ServerException;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.SumoLogicException;
import io.sumoclient.serviceaccounts.TransportException;
import io.sumoclient.serviceaccounts.WireLogLevel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;

class ServiceAccountClientAutoConfigurationTests {
  @RegisterExtension
  static final WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ServiceAccountClientAutoConfiguration.class));

  @BeforeEach
  void stubList() {
    api.stubFor(get("/api/v1/serviceAccounts").willReturn(okJson("{\"data\":[]}")));
  }

  private ApplicationContextRunner againstApi() {
    return runner.withPropertyValues(
        "sumologic.base-url=" + api.baseUrl() + "/api",
        "sumologic.access-id=suABC123",
        "sumologic.access-key=k3y-secret");
  }

  @Test
  void createsClientWithDefaults() {
    runner
        .withPropertyValues(
            "sumologic.deployment=us2", "sumologic.access-id=id", "sumologic.access-key=key")
        .run(
            context -> {
              assertThat(context).hasSingleBean(ServiceAccountClient.class);
              SumoLogicProperties properties = context.getBean(SumoLogicProperties.class);
              assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(10));
              assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(30));
              assertThat(properties.getWriteTimeout()).isEqualTo(Duration.ofSeconds(30));
              assertThat(properties.getCallTimeout()).isEqualTo(Duration.ofSeconds(60));
              assertThat(properties.getWireLogging()).isEqualTo(WireLogLevel.BASIC);
              assertThat(context).doesNotHaveBean(HealthIndicator.class);
            });
  }

  @Test
  void bindsEveryProperty() {
    runner
        .withPropertyValues(
            "sumologic.deployment=EU",
            "sumologic.base-url=https://api.example.com/api",
            "sumologic.access-id=id",
            "sumologic.access-key=key",
            "sumologic.connect-timeout=1s",
            "sumologic.read-timeout=2s",
            "sumologic.write-timeout=3s",
            "sumologic.call-timeout=4s",
            "sumologic.wire-logging=headers",
            "sumologic.application.name=rotator",
            "sumologic.application.version=1.2",
            "sumologic.health.enabled=true",
            "sumologic.health.cache-ttl=5s",
            "sumologic.health.affects-status=true")
        .run(
            context -> {
              SumoLogicProperties p = context.getBean(SumoLogicProperties.class);
              assertThat(p.getDeployment()).isEqualTo("EU");
              assertThat(p.getBaseUrl()).isEqualTo("https://api.example.com/api");
              assertThat(p.getAccessId()).isEqualTo("id");
              assertThat(p.getAccessKey()).isEqualTo("key");
              assertThat(p.getConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
              assertThat(p.getReadTimeout()).isEqualTo(Duration.ofSeconds(2));
              assertThat(p.getWriteTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(p.getCallTimeout()).isEqualTo(Duration.ofSeconds(4));
              assertThat(p.getWireLogging()).isEqualTo(WireLogLevel.HEADERS);
              assertThat(p.getApplication().getName()).isEqualTo("rotator");
              assertThat(p.getApplication().getVersion()).isEqualTo("1.2");
              SumoLogicHealthProperties health = context.getBean(SumoLogicHealthProperties.class);
              assertThat(health.isEnabled()).isTrue();
              assertThat(health.getCacheTtl()).isEqualTo(Duration.ofSeconds(5));
              assertThat(health.isAffectsStatus()).isTrue();
            });
  }

  @Test
  void callsBaseUrlWithCredentialsAndApplication() {
    againstApi()
        .withPropertyValues(
            "sumologic.application.name=rotator", "sumologic.application.version=1.2")
        .run(context -> context.getBean(ServiceAccountClient.class).listServiceAccounts());

    api.verify(
        getRequestedFor(urlEqualTo("/api/v1/serviceAccounts"))
            .withBasicAuth(
                new com.github.tomakehurst.wiremock.client.BasicCredentials(
                    "suABC123", "k3y-secret"))
            .withHeader("User-Agent", matching(".*rotator/1\\.2.*")));
  }

  @Test
  void appliesReadTimeout() {
    api.stubFor(
        get("/api/v1/serviceAccounts").willReturn(okJson("{\"data\":[]}").withFixedDelay(2_000)));

    againstApi()
        .withPropertyValues("sumologic.read-timeout=200ms")
        .run(
            context ->
                assertThatThrownBy(
                        () -> context.getBean(ServiceAccountClient.class).listServiceAccounts())
                    .isInstanceOf(TransportException.class));
  }

  @Test
  void resilienceDefaultsMatchTheClients() {
    runner
        .withPropertyValues(
            "sumologic.deployment=us2", "sumologic.access-id=id", "sumologic.access-key=key")
        .run(
            context -> {
              SumoLogicProperties p = context.getBean(SumoLogicProperties.class);

              assertThat(p.getDeadline()).isEqualTo(Duration.ofMinutes(2));
              assertThat(retryPolicy(p.getRetry())).isEqualTo(RetryPolicy.DEFAULT);
              assertThat(rateLimit(p.getRateLimit())).isEqualTo(RateLimit.SUMO_LOGIC);
            });
  }

  @Test
  void bindsResilienceProperties() {
    againstApi()
        .withPropertyValues(
            "sumologic.deadline=90s",
            "sumologic.retry.max-attempts=7",
            "sumologic.retry.base-delay=100ms",
            "sumologic.retry.rate-limit-base-delay=2s",
            "sumologic.retry.max-delay=20s",
            "sumologic.retry.max-retry-after=1m",
            "sumologic.rate-limit.requests-per-second=2",
            "sumologic.rate-limit.max-in-flight=3",
            "sumologic.rate-limit.margin=100ms")
        .run(
            context -> {
              SumoLogicProperties p = context.getBean(SumoLogicProperties.class);

              assertThat(p.getDeadline()).isEqualTo(Duration.ofSeconds(90));
              assertThat(retryPolicy(p.getRetry()))
                  .isEqualTo(
                      new RetryPolicy(
                          7,
                          Duration.ofMillis(100),
                          Duration.ofSeconds(2),
                          Duration.ofSeconds(20),
                          Duration.ofMinutes(1)));
              assertThat(rateLimit(p.getRateLimit()))
                  .isEqualTo(new RateLimit(2, 3, Duration.ofMillis(100)));
            });
  }

  @Test
  void disabledRateLimitMapsToNone() {
    againstApi()
        .withPropertyValues(
            "sumologic.rate-limit.enabled=false", "sumologic.rate-limit.requests-per-second=1")
        .run(
            context ->
                assertThat(rateLimit(context.getBean(SumoLogicProperties.class).getRateLimit()))
                    .isEqualTo(RateLimit.NONE));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void makesAtMostRetryMaxAttempts(int maxAttempts) {
    api.stubFor(get("/api/v1/serviceAccounts").willReturn(serviceUnavailable()));

    againstApi()
        .withPropertyValues(
            "sumologic.retry.max-attempts=" + maxAttempts, "sumologic.retry.base-delay=1ms")
        .run(
            context ->
                assertThatThrownBy(
                        () -> context.getBean(ServiceAccountClient.class).listServiceAccounts())
                    .isInstanceOf(ServerException.class));

    api.verify(maxAttempts, getRequestedFor(urlEqualTo("/api/v1/serviceAccounts")));
  }

  @Test
  void rateLimitFailsCallThatCouldNotStartBeforeTheDeadline() {
    onePerElevenSeconds()
        .run(
            context -> {
              ServiceAccountClient client = context.getBean(ServiceAccountClient.class);
              client.listServiceAccounts();

              assertThatThrownBy(client::listServiceAccounts)
                  .isInstanceOf(DeadlineExceededException.class);
            });

    api.verify(1, getRequestedFor(urlEqualTo("/api/v1/serviceAccounts")));
  }

  @Test
  void disabledRateLimitLetsCallsThrough() {
    onePerElevenSeconds()
        .withPropertyValues("sumologic.rate-limit.enabled=false")
        .run(
            context -> {
              ServiceAccountClient client = context.getBean(ServiceAccountClient.class);
              client.listServiceAccounts();
              client.listServiceAccounts();
            });

    api.verify(2, getRequestedFor(urlEqualTo("/api/v1/serviceAccounts")));
  }

  /** A limit whose second call would wait about 11 s, far past a 2 s deadline. */
  private ApplicationContextRunner onePerElevenSeconds() {
    return againstApi()
        .withPropertyValues(
            "sumologic.access-id=su" + UUID.randomUUID(),
            "sumologic.rate-limit.requests-per-second=1",
            "sumologic.rate-limit.margin=10s",
            "sumologic.deadline=2s");
  }

  @Test
  void backsOffWhenDisabled() {
    againstApi()
        .withPropertyValues("sumologic.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(ServiceAccountClient.class);
              assertThat(context).doesNotHaveBean(SumoLogicProperties.class);
            });
  }

  @Test
  void userClientWins() {
    ServiceAccountClient own =
        ServiceAccountClient.builder().deployment("us1").credentials("a", "b").build();

    runner
        .withBean(ServiceAccountClient.class, () -> own)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).getBean(ServiceAccountClient.class).isSameAs(own);
              assertThat(context).doesNotHaveBean(SumoLogicProperties.class);
            });
  }

  @Test
  void usesApplicationOkHttpClient() {
    List<String> seen = new ArrayList<>();
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  seen.add(chain.request().url().encodedPath());
                  return chain.proceed(chain.request());
                })
            .build();

    againstApi()
        .withBean(OkHttpClient.class, () -> http)
        .run(context -> context.getBean(ServiceAccountClient.class).listServiceAccounts());

    assertThat(seen).containsExactly("/api/v1/serviceAccounts");
  }

  @Test
  void runsCustomizersInOrder() {
    againstApi()
        .withUserConfiguration(OrderedCustomizers.class)
        .run(context -> context.getBean(ServiceAccountClient.class).listServiceAccounts());

    api.verify(
        getRequestedFor(urlEqualTo("/api/v1/serviceAccounts"))
            .withHeader("X-Order", equalTo("first,second")));
  }

  @Test
  void closesClientWithContext() {
    ServiceAccountClient[] client = new ServiceAccountClient[1];

    againstApi().run(context -> client[0] = context.getBean(ServiceAccountClient.class));

    assertThatThrownBy(client[0]::listServiceAccounts)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void passesEventsToEveryCallListener() {
    RecordingListener first = new RecordingListener();
    RecordingListener second = new RecordingListener();

    againstApi()
        .withBean("first", CallListener.class, () -> first)
        .withBean("second", CallListener.class, () -> second)
        .run(context -> context.getBean(ServiceAccountClient.class).listServiceAccounts());

    assertThat(first.ended).containsExactly(Operation.LIST_SERVICE_ACCOUNTS);
    assertThat(second.ended).containsExactly(Operation.LIST_SERVICE_ACCOUNTS);
  }

  @Test
  void recordsCallsInMeterRegistry() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    againstApi()
        .withBean(MeterRegistry.class, () -> registry)
        .run(context -> context.getBean(ServiceAccountClient.class).listServiceAccounts());

    assertThat(
            registry
                .get("sumologic.client.calls")
                .tag("operation", "listServiceAccounts")
                .tag("method", "GET")
                .tag("outcome", "SUCCESS")
                .tag("status", "200")
                .tag("deployment", "custom")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void combinesMetricsWithUserListeners() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RecordingListener own = new RecordingListener();

    againstApi()
        .withBean(MeterRegistry.class, () -> registry)
        .withBean(CallListener.class, () -> own)
        .run(context -> context.getBean(ServiceAccountClient.class).listServiceAccounts());

    assertThat(own.ended).hasSize(1);
    assertThat(registry.get("sumologic.client.calls").timer().count()).isEqualTo(1);
  }

  @Test
  void recordsCallsInSpringBootsMeterRegistry() {
    againstApi()
        .withConfiguration(
            AutoConfigurations.of(
                MetricsAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class))
        .run(
            context -> {
              context.getBean(ServiceAccountClient.class).listServiceAccounts();

              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(registry.get("sumologic.client.calls").timer().count()).isEqualTo(1);
            });
  }

  @Test
  void recordsNoMetricsWithoutMeterRegistryBean() {
    againstApi().run(context -> assertThat(context).doesNotHaveBean(MicrometerCallListener.class));
  }

  @Test
  void startsWithoutMicrometer() {
    againstApi()
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(ServiceAccountClient.class);
              assertThat(context).doesNotHaveBean(MicrometerCallListener.class);
            });
  }

  @Test
  void registersHealthIndicatorWhenEnabled() {
    againstApi()
        .withPropertyValues("sumologic.health.enabled=true")
        .run(
            context -> {
              assertThat(context).hasSingleBean(ServiceAccountHealthIndicator.class);
              assertThat(context).hasBean("sumoLogicHealthIndicator");
            });
  }

  @Test
  void checksUserClientHealth() {
    ServiceAccountClient own =
        ServiceAccountClient.builder()
            .baseUrl(api.baseUrl() + "/api")
            .credentials("a", "b")
            .build();

    runner
        .withBean(ServiceAccountClient.class, () -> own)
        .withPropertyValues("sumologic.health.enabled=true")
        .run(
            context ->
                assertThat(
                        context.getBean(ServiceAccountHealthIndicator.class).health().getStatus())
                    .isEqualTo(org.springframework.boot.health.contributor.Status.UP));
  }

  @Test
  void startsWithoutSpringBootHealth() {
    againstApi()
        .withPropertyValues("sumologic.health.enabled=true")
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(ServiceAccountClient.class);
              assertThat(context).doesNotHaveBean("sumoLogicHealthIndicator");
            });
  }

  @Test
  void userHealthIndicatorWins() {
    HealthIndicator own = () -> org.springframework.boot.health.contributor.Health.up().build();

    againstApi()
        .withPropertyValues("sumologic.health.enabled=true")
        .withBean("sumoLogicHealthIndicator", HealthIndicator.class, () -> own)
        .run(context -> assertThat(context).doesNotHaveBean(ServiceAccountHealthIndicator.class));
  }

  static class OrderedCustomizers {
    @org.springframework.context.annotation.Bean
    @Order(2)
    ServiceAccountClientBuilderCustomizer second() {
      return builder -> builder.addInterceptor(appendOrder("second"));
    }

    @org.springframework.context.annotation.Bean
    @Order(1)
    ServiceAccountClientBuilderCustomizer first() {
      return builder -> builder.addInterceptor(appendOrder("first"));
    }

    private static okhttp3.Interceptor appendOrder(String name) {
      return chain -> {
        String before = chain.request().header("X-Order");
        String value = before == null ? name : before + "," + name;
        return chain.proceed(chain.request().newBuilder().header("X-Order", value).build());
      };
    }
  }

  static final class RecordingListener implements CallListener {
    final List<Operation> ended = new ArrayList<>();

    @Override
    public void callEnded(
        Operation operation, int status, @Nullable SumoLogicException failure, Duration duration) {
      ended.add(operation);
    }
  }
}
