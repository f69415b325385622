package io.sumoclient.serviceaccounts.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.sumoclient.serviceaccounts.Deployment;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ConfigurationMetadataTests {
  private static final String METADATA = "META-INF/spring-configuration-metadata.json";

  @Test
  void everyPropertyDescriptionStatesItsDefault() throws Exception {
    List<JsonNode> properties = properties();

    assertThat(properties).hasSize(25);
    for (JsonNode property : properties) {
      String name = property.get("name").asString();
      String description = property.path("description").asString("");
      assertThat(description).as(name).containsIgnoringCase("default");
      if (property.has("defaultValue")) {
        assertThat(description).as(name).contains(property.get("defaultValue").asString());
      }
    }
  }

  @Test
  void describesEveryProperty() throws Exception {
    List<String> names = properties().stream().map(p -> p.get("name").asString()).toList();

    assertThat(names)
        .contains(
            "sumologic.enabled",
            "sumologic.deployment",
            "sumologic.base-url",
            "sumologic.access-id",
            "sumologic.access-key",
            "sumologic.connect-timeout",
            "sumologic.read-timeout",
            "sumologic.write-timeout",
            "sumologic.call-timeout",
            "sumologic.wire-logging",
            "sumologic.deadline",
            "sumologic.application.name",
            "sumologic.application.version",
            "sumologic.retry.max-attempts",
            "sumologic.retry.base-delay",
            "sumologic.retry.rate-limit-base-delay",
            "sumologic.retry.max-delay",
            "sumologic.retry.max-retry-after",
            "sumologic.rate-limit.enabled",
            "sumologic.rate-limit.requests-per-second",
            "sumologic.rate-limit.max-in-flight",
            "sumologic.rate-limit.margin",
            "sumologic.health.enabled",
            "sumologic.health.cache-ttl",
            "sumologic.health.affects-status");
  }

  @Test
  void hintsEveryDeploymentCode() throws Exception {
    JsonNode hint = metadata().get("hints").get(0);
    List<String> values = new ArrayList<>();
    hint.get("values").forEach(value -> values.add(value.get("value").asString()));

    assertThat(hint.get("name").asString()).isEqualTo("sumologic.deployment");
    assertThat(values)
        .containsExactlyElementsOf(
            Arrays.stream(Deployment.values()).map(Deployment::code).toList());
  }

  private static List<JsonNode> properties() throws Exception {
    List<JsonNode> properties = new ArrayList<>();
    metadata().get("properties").forEach(properties::add);
    return properties;
  }

  private static JsonNode metadata() throws Exception {
    ClassLoader loader = ConfigurationMetadataTests.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(METADATA)) {
      assertThat(in).as(METADATA).isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }
}
