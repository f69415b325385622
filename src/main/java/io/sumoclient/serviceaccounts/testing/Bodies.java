package io.sumoclient.serviceaccounts.testing;

import io.sumoclient.serviceaccounts.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads request bodies and checks them against the API's rules, reporting every broken rule. */
final class Bodies {
  private static final int MAX_NAME = 128;
  private static final int MAX_EMAIL = 255;
  private static final int MAX_LABEL = 128;
  private static final int MAX_CORS_HEADERS = 20;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private Bodies() {}

  static AccountFields newAccount(byte[] body) {
    Fields in = new Fields(body);
    AccountFields fields =
        new AccountFields(
            in.text("name", true, MAX_NAME),
            in.email(true),
            in.texts("roleIds", true, Integer.MAX_VALUE),
            null);
    in.throwIfInvalid();
    return fields;
  }

  static AccountFields accountChanges(byte[] body) {
    Fields in = new Fields(body);
    AccountFields fields =
        new AccountFields(
            in.text("name", false, MAX_NAME),
            in.email(false),
            in.texts("roleIds", false, Integer.MAX_VALUE),
            in.bool("isActive", false));
    in.throwIfInvalid();
    return fields;
  }

  static KeyFields newKey(byte[] body) {
    Fields in = new Fields(body);
    KeyFields fields =
        new KeyFields(
            in.text("label", true, MAX_LABEL),
            in.texts("corsHeaders", false, MAX_CORS_HEADERS),
            in.texts("scopes", false, Integer.MAX_VALUE),
            null);
    in.throwIfInvalid();
    return fields;
  }

  static KeyFields keyChanges(byte[] body) {
    Fields in = new Fields(body);
    KeyFields fields =
        new KeyFields(
            null,
            in.texts("corsHeaders", false, MAX_CORS_HEADERS),
            in.texts("scopes", false, Integer.MAX_VALUE),
            in.bool("disabled", true));
    in.throwIfInvalid();
    return fields;
  }

  /**
   * The service account fields a body carried; {@code null} where absent.
   *
   * @param name display name
   * @param email contact address
   * @param roleIds role identifiers
   * @param active the new state
   */
  record AccountFields(
      @Nullable String name,
      @Nullable String email,
      @Nullable List<String> roleIds,
      @Nullable Boolean active) {}

  /**
   * The access key fields a body carried; {@code null} where absent.
   *
   * @param label the key's name
   * @param corsHeaders allowed origins
   * @param scopes scope names
   * @param disabled the new state
   */
  record KeyFields(
      @Nullable String label,
      @Nullable List<String> corsHeaders,
      @Nullable List<String> scopes,
      @Nullable Boolean disabled) {}

  /** A JSON object body and the broken rules found in it so far. */
  private static final class Fields {
    private final JsonNode root;
    private final List<ApiProblem.Entry> errors = new ArrayList<>();

    Fields(byte[] body) {
      this.root = parse(body);
    }

    @Nullable String text(String name, boolean required, int maxLength) {
      JsonNode node = present(name, required);
      if (node == null) {
        return null;
      }
      if (!node.isString()) {
        invalid(name, "must be a string");
        return null;
      }
      String value = node.stringValue();
      if (value.isBlank()) {
        invalid(name, "must not be blank");
        return null;
      }
      if (value.length() > maxLength) {
        invalid(name, "size must be at most " + maxLength);
        return null;
      }
      return value;
    }

    @Nullable String email(boolean required) {
      String value = text("email", required, MAX_EMAIL);
      if (value != null && !EMAIL.matcher(value).matches()) {
        invalid("email", "must be a well-formed email address");
        return null;
      }
      return value;
    }

    @Nullable List<String> texts(String name, boolean required, int maxItems) {
      JsonNode node = present(name, required);
      if (node == null) {
        return null;
      }
      if (!node.isArray()) {
        invalid(name, "must be an array of strings");
        return null;
      }
      if (node.size() > maxItems) {
        invalid(name, "size must be at most " + maxItems);
        return null;
      }
      List<String> values = new ArrayList<>();
      for (JsonNode element : node.values()) {
        if (!element.isString() || element.stringValue().isBlank()) {
          invalid(name, "must contain only non-blank strings");
          return null;
        }
        values.add(element.stringValue());
      }
      return List.copyOf(values);
    }

    @Nullable Boolean bool(String name, boolean required) {
      JsonNode node = present(name, required);
      if (node == null) {
        return null;
      }
      if (!node.isBoolean()) {
        invalid(name, "must be true or false");
        return null;
      }
      return node.booleanValue();
    }

    void throwIfInvalid() {
      if (!errors.isEmpty()) {
        throw new ApiProblem(400, errors);
      }
    }

    private @Nullable JsonNode present(String name, boolean required) {
      JsonNode node = root.optional(name).filter(n -> !n.isNull()).orElse(null);
      if (node == null && required) {
        errors.add(new ApiProblem.Entry("field.required", name + ": is required", name));
      }
      return node;
    }

    private void invalid(String name, String rule) {
      errors.add(new ApiProblem.Entry("field.invalid", name + ": " + rule, name));
    }

    private static JsonNode parse(byte[] body) {
      JsonNode root;
      try {
        root = Json.mapper().readTree(body);
      } catch (JacksonException e) {
        throw new ApiProblem(400, "json.invalid", "The request body is not valid JSON.");
      }
      if (root == null || !root.isObject()) {
        throw new ApiProblem(400, "json.invalid", "The request body must be a JSON object.");
      }
      return root;
    }
  }
}
