package io.sumoclient.serviceaccounts.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sumoclient.serviceaccounts.Deployment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class SumoLogicPropertiesValidationTests {
  private static final String SECRET = "Zq81-very-secret-access-key";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ServiceAccountClientAutoConfiguration.class));

  @Test
  void missingAccessIdFailsNamingTheProperty() {
    runner
        .withPropertyValues("sumologic.deployment=us2", "sumologic.access-key=" + SECRET)
        .run(
            context ->
                assertThat(messages(context.getStartupFailure()))
                    .contains("sumologic.access-id")
                    .contains("SUMOLOGIC_ACCESSID")
                    .doesNotContain(SECRET));
  }

  @Test
  void missingAccessKeyFailsNamingTheProperty() {
    runner
        .withPropertyValues("sumologic.deployment=us2", "sumologic.access-id=suABC")
        .run(
            context ->
                assertThat(messages(context.getStartupFailure()))
                    .contains("sumologic.access-key")
                    .contains("SUMOLOGIC_ACCESSKEY"));
  }

  @Test
  void unknownDeploymentFailsListingValidCodes() {
    runner
        .withPropertyValues(
            "sumologic.deployment=mars1",
            "sumologic.access-id=suABC",
            "sumologic.access-key=" + SECRET)
        .run(
            context -> {
              String messages = messages(context.getStartupFailure());

              assertThat(messages).contains("sumologic.deployment").doesNotContain(SECRET);
              for (Deployment deployment : Deployment.values()) {
                assertThat(messages).contains(deployment.code());
              }
            });
  }

  @Test
  void missingEndpointFailsNamingBothProperties() {
    runner
        .withPropertyValues("sumologic.access-id=suABC", "sumologic.access-key=" + SECRET)
        .run(
            context ->
                assertThat(messages(context.getStartupFailure()))
                    .contains("sumologic.deployment", "sumologic.base-url", "US2")
                    .doesNotContain(SECRET));
  }

  @Test
  void plainHttpBaseUrlToRemoteHostFails() {
    runner
        .withPropertyValues(
            "sumologic.base-url=http://api.us2.sumologic.com/api",
            "sumologic.access-id=suABC",
            "sumologic.access-key=" + SECRET)
        .run(
            context ->
                assertThat(messages(context.getStartupFailure()))
                    .contains("sumologic.base-url must be an https URL")
                    .doesNotContain(SECRET));
  }

  @Test
  void nonPositiveTimeoutFails() {
    runner
        .withPropertyValues(
            "sumologic.deployment=us2",
            "sumologic.access-id=suABC",
            "sumologic.access-key=" + SECRET,
            "sumologic.read-timeout=0s")
        .run(
            context ->
                assertThat(messages(context.getStartupFailure()))
                    .contains("sumologic.read-timeout must be positive"));
  }

  @ParameterizedTest
  @CsvSource({
    "deadline, 0s, must be positive",
    "retry.max-attempts, 0, must be between 1 and 100",
    "retry.max-attempts, 101, must be between 1 and 100",
    "retry.base-delay, -1ms, must not be negative",
    "retry.rate-limit-base-delay, -1ms, must not be negative",
    "retry.max-delay, -1s, must not be negative",
    "retry.max-retry-after, -1s, must not be negative",
    "rate-limit.requests-per-second, -1, must be between 0 and 10000",
    "rate-limit.requests-per-second, 10001, must be between 0 and 10000",
    "rate-limit.max-in-flight, -1, must be between 0 and 10000",
    "rate-limit.max-in-flight, 10001, must be between 0 and 10000",
    "rate-limit.margin, -1ms, must not be negative"
  })
  void resilienceValueOutOfRangeFailsNamingPropertyAndRange(
      String property, String value, String rule) {
    runner
        .withPropertyValues(
            "sumologic.deployment=us2",
            "sumologic.access-id=suABC",
            "sumologic.access-key=" + SECRET,
            "sumologic." + property + "=" + value)
        .run(
            context ->
                assertThat(messages(context.getStartupFailure()))
                    .contains("sumologic." + property + " " + rule));
  }

  @Test
  void applicationNameWithoutVersionFails() {
    runner
        .withPropertyValues(
            "sumologic.deployment=us2",
            "sumologic.access-id=suABC",
            "sumologic.access-key=" + SECRET,
            "sumologic.application.name=rotator")
        .run(
            context ->
                assertThat(messages(context.getStartupFailure()))
                    .contains("sumologic.application.name and .version must be set together"));
  }

  @Test
  void startupFailureReportNeverShowsAccessKey(CapturedOutput output) {
    SpringApplication application = new SpringApplication(App.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThatThrownBy(
            () ->
                application.run(
                    "--sumologic.deployment=mars1",
                    "--sumologic.access-key=" + SECRET,
                    "--sumologic.read-timeout=-1s",
                    "--sumologic.application.version=1.0"))
        .satisfies(failure -> assertThat(messages(failure)).doesNotContain(SECRET));

    assertThat(output.getAll())
        .contains("sumologic.deployment", "sumologic.access-id")
        .doesNotContain(SECRET);
  }

  private static String messages(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return String.join("\n", messages);
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}
}
