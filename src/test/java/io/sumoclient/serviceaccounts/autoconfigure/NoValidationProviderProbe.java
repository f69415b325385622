package io.sumoclient.serviceaccounts.autoconfigure;

import io.sumoclient.serviceaccounts.ServiceAccountClient;
import jakarta.validation.spi.ValidationProvider;
import java.util.ServiceLoader;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a Spring Boot application with the auto-configuration; loaded by {@link
 * NoValidationProviderTests} in a class loader that has no Bean Validation provider.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class NoValidationProviderProbe {

  /**
   * Starts the application with the given properties and reports what happened.
   *
   * @param properties {@code name=value} pairs
   * @return {@code provider=<found>} and then {@code started <deployment>} or {@code failed <root
   *     cause>}
   */
  public static String run(String[] properties) {
    boolean provider = ServiceLoader.load(ValidationProvider.class).findFirst().isPresent();
    String outcome;
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(NoValidationProviderProbe.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .properties(properties)
            .run()) {
      outcome = "started " + context.getBean(ServiceAccountClient.class).deployment().orElseThrow();
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      outcome = "failed " + root;
    }
    return "provider=" + provider + " " + outcome;
  }
}
