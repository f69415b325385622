package io.sumoclient.serviceaccounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The shared OpenAPI document, read as data: schema lookup, a strict check of JSON against a
 * schema, and example documents assembled from the schemas' property examples.
 */
final class OpenApiSpec {
  static final Path LOCATION = Path.of("..", "shared", "api", "service-accounts.openapi.yml");

  private final JsonNode root;

  private OpenApiSpec(JsonNode root) {
    this.root = root;
  }

  /** Loads the spec, or skips the calling test with a message saying why. */
  static OpenApiSpec loadOrSkip() {
    Assumptions.assumeTrue(
        Files.isRegularFile(LOCATION),
        "Skipped: the API spec is not at "
            + LOCATION.toAbsolutePath().normalize()
            + "; these tests read it from the shared folder beside the project.");
    return new OpenApiSpec(new YAMLMapper().readTree(LOCATION.toFile()));
  }

  JsonNode operation(String path, String method) {
    return root.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
  }

  JsonNode requestSchema(String path, String method) {
    return operation(path, method)
        .path("requestBody")
        .path("content")
        .path("application/json")
        .path("schema");
  }

  JsonNode responseSchema(String path, String method, String status) {
    return operation(path, method)
        .path("responses")
        .path(status)
        .path("content")
        .path("application/json")
        .path("schema");
  }

  JsonNode schema(String name) {
    return root.path("components").path("schemas").path(name);
  }

  /** Returns every problem of {@code value} against {@code schema}; empty when it conforms. */
  List<String> check(JsonNode schema, JsonNode value) {
    List<String> problems = new ArrayList<>();
    check(resolve(schema), value, "$", problems);
    return problems;
  }

  /** Builds a document from the examples of a schema's properties. */
  JsonNode example(JsonNode schema) {
    JsonNode resolved = resolve(schema);
    if (resolved.has("example")) {
      return resolved.get("example");
    }
    String type = type(resolved);
    if (type.equals("array")) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      array.add(example(resolved.path("items")));
      return array;
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    properties(resolved).forEach((name, property) -> object.set(name, example(property)));
    return object;
  }

  private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
    switch (type(schema)) {
      case "object" -> checkObject(schema, value, at, problems);
      case "array" -> checkArray(schema, value, at, problems);
      case "string" -> checkString(schema, value, at, problems);
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(at + " must be a boolean");
        }
      }
      default -> problems.add(at + " has a schema type this check does not know");
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String at, List<String> problems) {
    if (!value.isObject()) {
      problems.add(at + " must be an object");
      return;
    }
    Map<String, JsonNode> properties = properties(schema);
    for (String name : required(schema)) {
      if (!value.has(name)) {
        problems.add(at + "." + name + " is required");
      }
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode property = properties.get(field.getKey());
      if (property == null) {
        problems.add(at + "." + field.getKey() + " is not in the schema");
      } else {
        check(resolve(property), field.getValue(), at + "." + field.getKey(), problems);
      }
    }
  }

  private void checkArray(JsonNode schema, JsonNode value, String at, List<String> problems) {
    if (!value.isArray()) {
      problems.add(at + " must be an array");
      return;
    }
    if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
      problems.add(at + " has more than " + schema.get("maxItems").asInt() + " items");
    }
    for (int i = 0; i < value.size(); i++) {
      check(resolve(schema.path("items")), value.get(i), at + "[" + i + "]", problems);
    }
  }

  private static void checkString(
      JsonNode schema, JsonNode value, String at, List<String> problems) {
    if (!value.isString()) {
      problems.add(at + " must be a string");
      return;
    }
    String text = value.asString();
    if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
      problems.add(at + " is longer than " + schema.get("maxLength").asInt());
    }
    if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
      problems.add(at + " is shorter than " + schema.get("minLength").asInt());
    }
    String format = schema.path("format").asString("");
    if (format.equals("email") && !text.matches("[^@\\s]+@[^@\\s]+")) {
      problems.add(at + " is not an email address");
    }
    if (format.equals("date-time")) {
      try {
        OffsetDateTime.parse(text);
      } catch (java.time.DateTimeException e) {
        problems.add(at + " is not an RFC 3339 date-time");
      }
    }
  }

  private JsonNode resolve(JsonNode schema) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
      return resolve(schema(name));
    }
    if (!schema.has("allOf")) {
      return schema;
    }
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    ObjectNode properties = merged.putObject("properties");
    ArrayNode required = merged.putArray("required");
    merged.put("type", "object");
    for (JsonNode part : schema.get("allOf")) {
      JsonNode resolved = resolve(part);
      properties(resolved).forEach(properties::set);
      required(resolved).forEach(required::add);
    }
    properties(schema).forEach(properties::set);
    return merged;
  }

  private static String type(JsonNode schema) {
    if (schema.has("type")) {
      return schema.get("type").asString();
    }
    return schema.has("properties") ? "object" : "unknown";
  }

  private static Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    schema.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    return properties;
  }

  private static Set<String> required(JsonNode schema) {
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(n -> required.add(n.asString()));
    return required;
  }
}
