package io.sumoclient.serviceaccounts.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.sumoclient.serviceaccounts.CallListener;
import io.sumoclient.serviceaccounts.Deployment;
import io.sumoclient.serviceaccounts.RateLimit;
import io.sumoclient.serviceaccounts.RetryPolicy;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.ServiceAccountClientBuilder;
import java.net.URI;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures a {@link ServiceAccountClient} from {@link SumoLogicProperties}. It backs off
 * when the application defines its own client, whose {@code sumologic.*} client properties are then
 * neither bound nor required, and is off when {@code sumologic.enabled=false}.
 *
 * <p>The builder also receives the application's {@link OkHttpClient} bean, if it has exactly one,
 * every {@link CallListener} bean, and is then passed to each {@link
 * ServiceAccountClientBuilderCustomizer} in order. With Micrometer and a {@link MeterRegistry}
 * bean, calls are recorded by a {@link MicrometerCallListener}; with {@code
 * sumologic.health.enabled=true}, a {@link ServiceAccountHealthIndicator} is registered.
 */
@AutoConfiguration(
    afterName = {
      ServiceAccountClientAutoConfiguration.METRICS + "CompositeMeterRegistryAutoConfiguration",
      ServiceAccountClientAutoConfiguration.METRICS
          + "export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass({ServiceAccountClient.class, OkHttpClient.class})
@ConditionalOnBooleanProperty(name = "sumologic.enabled", matchIfMissing = true)
public final class ServiceAccountClientAutoConfiguration {
  /** The deployment tag used when the base URL is not a known Sumo Logic deployment. */
  static final String CUSTOM = "custom";

  /** The package of Spring Boot's Micrometer auto-configurations, which make the registry. */
  static final String METRICS = "org.springframework.boot.micrometer.metrics.autoconfigure.";

  ServiceAccountClientAutoConfiguration() {}

  /**
   * Returns the deployment code the properties select, or {@value #CUSTOM} for a base URL that is
   * not a known deployment's, or when the application built its own client.
   */
  static String deploymentTag(@Nullable SumoLogicProperties properties) {
    if (properties == null) {
      return CUSTOM;
    }
    String baseUrl = properties.getBaseUrl();
    String deployment = properties.getDeployment();
    try {
      if (baseUrl != null && !baseUrl.isBlank()) {
        return Deployment.fromHost(URI.create(baseUrl.strip()).getHost())
            .map(Deployment::code)
            .orElse(CUSTOM);
      }
      return deployment == null ? CUSTOM : Deployment.parse(deployment).code();
    } catch (IllegalArgumentException e) {
      return CUSTOM;
    }
  }

  /** Returns the retry policy the properties describe. */
  static RetryPolicy retryPolicy(SumoLogicProperties.Retry retry) {
    return new RetryPolicy(
        retry.getMaxAttempts(),
        retry.getBaseDelay(),
        retry.getRateLimitBaseDelay(),
        retry.getMaxDelay(),
        retry.getMaxRetryAfter());
  }

  /** Returns the rate limit the properties describe, {@link RateLimit#NONE} when disabled. */
  static RateLimit rateLimit(SumoLogicProperties.RateLimit limit) {
    if (!limit.isEnabled()) {
      return RateLimit.NONE;
    }
    return new RateLimit(limit.getRequestsPerSecond(), limit.getMaxInFlight(), limit.getMargin());
  }

  /** Builds the client from the properties, unless the application has its own. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(ServiceAccountClient.class)
  @EnableConfigurationProperties(SumoLogicProperties.class)
  static class ClientConfiguration {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ServiceAccountClient serviceAccountClient(
        SumoLogicProperties properties,
        ObjectProvider<OkHttpClient> okHttpClient,
        ObjectProvider<CallListener> listeners,
        ObjectProvider<ServiceAccountClientBuilderCustomizer> customizers) {
      ServiceAccountClientBuilder builder = ServiceAccountClient.builder();
      configure(builder, properties);
      okHttpClient.ifUnique(builder::okHttpClient);
      builder.listener(CompositeCallListener.of(listeners.orderedStream().toList()));
      customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
      return builder.build();
    }

    private static void configure(ServiceAccountClientBuilder builder, SumoLogicProperties p) {
      String baseUrl = p.getBaseUrl();
      String deployment = p.getDeployment();
      if (baseUrl != null && !baseUrl.isBlank()) {
        builder.baseUrl(baseUrl);
      } else if (deployment != null && !deployment.isBlank()) {
        builder.deployment(deployment);
      }
      String accessId = p.getAccessId();
      String accessKey = p.getAccessKey();
      if (accessId != null && accessKey != null) {
        builder.credentials(accessId, accessKey);
      }
      builder
          .connectTimeout(p.getConnectTimeout())
          .readTimeout(p.getReadTimeout())
          .writeTimeout(p.getWriteTimeout())
          .callTimeout(p.getCallTimeout())
          .wireLogging(p.getWireLogging())
          .deadline(p.getDeadline())
          .retryPolicy(retryPolicy(p.getRetry()))
          .rateLimit(rateLimit(p.getRateLimit()));
      String name = p.getApplication().getName();
      String version = p.getApplication().getVersion();
      if (name != null && version != null) {
        builder.application(name, version);
      }
    }
  }

  /** Records calls in Micrometer when the application has a meter registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class MetricsConfiguration {
    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    @ConditionalOnMissingBean
    MicrometerCallListener sumoLogicMicrometerCallListener(
        MeterRegistry registry, ObjectProvider<SumoLogicProperties> properties) {
      return new MicrometerCallListener(registry, deploymentTag(properties.getIfAvailable()));
    }
  }

  /** Registers the health indicator when asked to with {@code sumologic.health.enabled=true}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnBooleanProperty("sumologic.health.enabled")
  @EnableConfigurationProperties(SumoLogicHealthProperties.class)
  static class HealthConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "sumoLogicHealthIndicator")
    ServiceAccountHealthIndicator sumoLogicHealthIndicator(
        ServiceAccountClient client,
        SumoLogicHealthProperties health,
        ObjectProvider<SumoLogicProperties> properties) {
      return new ServiceAccountHealthIndicator(
          client,
          deploymentTag(properties.getIfAvailable()),
          health.getCacheTtl(),
          health.isAffectsStatus());
    }
  }
}
