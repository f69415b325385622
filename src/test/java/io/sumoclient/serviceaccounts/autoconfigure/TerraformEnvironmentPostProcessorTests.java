package io.sumoclient.serviceaccounts.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class TerraformEnvironmentPostProcessorTests {
  private static final Map<String, Object> TERRAFORM =
      Map.of(
          "SUMOLOGIC_ACCESSID", "suTERRA",
          "SUMOLOGIC_ACCESSKEY", "terra-key",
          "SUMOLOGIC_ENVIRONMENT", "us2",
          "SUMOLOGIC_BASE_URL", "https://api.eu.sumologic.com/api/");

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ServiceAccountClientAutoConfiguration.class));

  @Test
  void accessIdVariableSetsAccessId() {
    ConfigurableEnvironment environment = environment(Map.of("SUMOLOGIC_ACCESSID", "suTERRA"));

    new TerraformEnvironmentPostProcessor().postProcessEnvironment(environment, null);

    assertThat(environment.getProperty("sumologic.access-id")).isEqualTo("suTERRA");
  }

  @Test
  void accessKeyVariableSetsAccessKey() {
    ConfigurableEnvironment environment = environment(Map.of("SUMOLOGIC_ACCESSKEY", "terra-key"));

    new TerraformEnvironmentPostProcessor().postProcessEnvironment(environment, null);

    assertThat(environment.getProperty("sumologic.access-key")).isEqualTo("terra-key");
  }

  @Test
  void environmentVariableSetsDeployment() {
    ConfigurableEnvironment environment = environment(Map.of("SUMOLOGIC_ENVIRONMENT", "us2"));

    new TerraformEnvironmentPostProcessor().postProcessEnvironment(environment, null);

    assertThat(environment.getProperty("sumologic.deployment")).isEqualTo("us2");
  }

  @Test
  void baseUrlVariableSetsBaseUrl() {
    ConfigurableEnvironment environment =
        environment(Map.of("SUMOLOGIC_BASE_URL", "https://api.eu.sumologic.com/api/"));

    new TerraformEnvironmentPostProcessor().postProcessEnvironment(environment, null);

    assertThat(environment.getProperty("sumologic.base-url"))
        .isEqualTo("https://api.eu.sumologic.com/api/");
  }

  @Test
  void blankVariablesAreIgnored() {
    ConfigurableEnvironment environment = environment(Map.of("SUMOLOGIC_ACCESSID", "  "));

    new TerraformEnvironmentPostProcessor().postProcessEnvironment(environment, null);

    assertThat(environment.getPropertySources().contains("sumologicTerraformVariables")).isFalse();
  }

  @Test
  void variablesConfigureTheClientUnchanged() {
    runner
        .withInitializer(context -> apply(context.getEnvironment(), TERRAFORM))
        .run(
            context -> {
              SumoLogicProperties properties = context.getBean(SumoLogicProperties.class);

              assertThat(context).hasNotFailed();
              assertThat(properties.getAccessId()).isEqualTo("suTERRA");
              assertThat(properties.getAccessKey()).isEqualTo("terra-key");
              assertThat(properties.getDeployment()).isEqualTo("us2");
              assertThat(properties.getBaseUrl()).isEqualTo("https://api.eu.sumologic.com/api/");
            });
  }

  @Test
  void applicationPropertiesWinOverVariables() {
    runner
        .withPropertyValues("sumologic.access-id=suOWN")
        .withInitializer(context -> apply(context.getEnvironment(), TERRAFORM))
        .run(
            context ->
                assertThat(context.getBean(SumoLogicProperties.class).getAccessId())
                    .isEqualTo("suOWN"));
  }

  private static void apply(ConfigurableEnvironment environment, Map<String, Object> variables) {
    replaceVariables(environment.getPropertySources(), variables);
    new TerraformEnvironmentPostProcessor().postProcessEnvironment(environment, null);
  }

  private static ConfigurableEnvironment environment(Map<String, Object> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    replaceVariables(environment.getPropertySources(), variables);
    return environment;
  }

  private static void replaceVariables(
      MutablePropertySources sources, Map<String, Object> variables) {
    String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
    SystemEnvironmentPropertySource fake = new SystemEnvironmentPropertySource(name, variables);
    if (sources.contains(name)) {
      sources.replace(name, fake);
    } else {
      sources.addLast(fake);
    }
  }
}
