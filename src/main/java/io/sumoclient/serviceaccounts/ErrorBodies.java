package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Reads both error shapes the API serves: {@code {"id", "errors": [{code, message}]}} and the flat
 * {@code {"status", "id", "code", "message"}}. Anything else yields no errors and no id.
 */
final class ErrorBodies {
  private ErrorBodies() {}

  static Parsed parse(String body) {
    if (body.isBlank()) {
      return Parsed.EMPTY;
    }
    Shape shape;
    try {
      shape = Json.mapper().readValue(body, Shape.class);
    } catch (JacksonException | IllegalArgumentException e) {
      return Parsed.EMPTY;
    }
    if (shape == null) {
      return Parsed.EMPTY;
    }
    List<ApiError> errors = new ArrayList<>();
    if (shape.errors() != null) {
      for (Entry entry : shape.errors()) {
        if (entry != null && (entry.code() != null || entry.message() != null)) {
          errors.add(entry.toError());
        }
      }
    } else if (shape.code() != null || shape.message() != null) {
      errors.add(new Entry(shape.code(), shape.message(), null, null).toError());
    }
    return new Parsed(List.copyOf(errors), shape.id());
  }

  record Parsed(List<ApiError> errors, @Nullable String requestId) {
    static final Parsed EMPTY = new Parsed(List.of(), null);
  }

  record Shape(
      @Nullable String id,
      @Nullable List<@Nullable Entry> errors,
      @Nullable String code,
      @Nullable String message) {}

  record Entry(
      @Nullable String code,
      @Nullable String message,
      @Nullable String detail,
      @Nullable Map<String, Object> meta) {

    ApiError toError() {
      return new ApiError(
          code == null ? "" : code,
          message == null ? "" : message,
          detail,
          meta == null ? Map.of() : withoutNulls(meta));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> meta) {
      Map<String, Object> copy = new java.util.LinkedHashMap<>();
      meta.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              copy.put(k, v);
            }
          });
      return copy;
    }
  }
}
