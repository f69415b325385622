package io.sumoclient.serviceaccounts.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ConfigurationMetadataTests {
  private static final String METADATA = "META-INF/spring-configuration-metadata.json";

  @Test
  void everyPropertyDescriptionStatesItsDefault() throws Exception {
    List<JsonNode> properties = properties();

    assertThat(properties).hasSize(15);
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
            "sumologic.application.name",
            "sumologic.application.version",
            "sumologic.health.enabled",
            "sumologic.health.cache-ttl",
            "sumologic.health.affects-status");
  }

  private static List<JsonNode> properties() throws Exception {
    ClassLoader loader = ConfigurationMetadataTests.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(METADATA)) {
      assertThat(in).as(METADATA).isNotNull();
      JsonNode root = new ObjectMapper().readTree(in);
      List<JsonNode> properties = new ArrayList<>();
      root.get("properties").forEach(properties::add);
      return properties;
    }
  }
}
