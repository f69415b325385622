package io.sumoclient.serviceaccounts.autoconfigure;

import io.sumoclient.serviceaccounts.ServiceAccountClientBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Reads the environment variables of Sumo Logic's Terraform provider as {@code sumologic.*}
 * properties. Relaxed binding alone would not: {@code SUMOLOGIC_ACCESSID} binds to {@code
 * sumologic.accessid}, not {@code sumologic.access-id}, and {@code SUMOLOGIC_ENVIRONMENT} to no
 * property at all.
 *
 * <p>The variables have the lowest precedence: they fill in only what no other property source
 * sets, so an application's own configuration always wins.
 */
public final class TerraformEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
  /** The name of the property source this adds. */
  public static final String PROPERTY_SOURCE_NAME = "sumologicTerraformVariables";

  private static final Map<String, String> PROPERTIES =
      Map.of(
          ServiceAccountClientBuilder.ENV_ACCESS_ID, "sumologic.access-id",
          ServiceAccountClientBuilder.ENV_ACCESS_KEY, "sumologic.access-key",
          ServiceAccountClientBuilder.ENV_ENVIRONMENT, "sumologic.deployment",
          ServiceAccountClientBuilder.ENV_BASE_URL, "sumologic.base-url");

  /** Creates the post-processor; Spring Boot calls this. */
  public TerraformEnvironmentPostProcessor() {}

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, @Nullable SpringApplication application) {
    PropertySource<?> variables =
        environment
            .getPropertySources()
            .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    if (variables == null) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    PROPERTIES.forEach(
        (variable, property) -> {
          Object value = variables.getProperty(variable);
          if (value instanceof String text && !text.isBlank()) {
            properties.put(property, text.strip());
          }
        });
    if (!properties.isEmpty()) {
      environment
          .getPropertySources()
          .addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
    }
  }

  /** Runs after config data has been loaded, so that the variables can be added after it. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
