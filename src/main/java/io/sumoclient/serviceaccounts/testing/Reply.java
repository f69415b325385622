package io.sumoclient.serviceaccounts.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.sumoclient.serviceaccounts.internal.Json;
import io.sumoclient.serviceaccounts.model.AccessKey;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An answer to write: status, JSON body (none when {@code null}) and extra headers. */
final class Reply {
  static final String MOVED_MESSAGE =
      "The requested resource SHOULD be accessed through returned URI in Location Header.";

  private static final JsonMapper MAPPER =
      Json.mapper()
          .rebuild()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .changeDefaultPropertyInclusion(
              include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private final int status;
  private final byte @Nullable [] body;
  private final Map<String, String> headers;

  Reply(int status, byte @Nullable [] body, Map<String, String> headers) {
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  byte @Nullable [] body() {
    return body;
  }

  Map<String, String> headers() {
    return headers;
  }

  static Reply ok(Object value) {
    return new Reply(200, MAPPER.writeValueAsBytes(value), Map.of());
  }

  static Reply list(List<?> values) {
    return ok(Map.of("data", values));
  }

  static Reply createdKey(AccessKey key, String secret) {
    ObjectNode node = MAPPER.valueToTree(key);
    node.put("key", secret);
    return ok(node);
  }

  static Reply noContent() {
    return new Reply(204, null, Map.of());
  }

  static Reply problem(ApiProblem problem, String requestId) {
    List<ErrorEntry> errors =
        problem.entries().stream()
            .map(e -> new ErrorEntry(e.code(), e.message(), meta(e.field())))
            .toList();
    return new Reply(
        problem.status(), MAPPER.writeValueAsBytes(new ErrorBody(requestId, errors)), Map.of());
  }

  static Reply flat(int status, String requestId, String code, String message) {
    byte[] body = MAPPER.writeValueAsBytes(new FlatError(status, requestId, code, message));
    return new Reply(status, body, Map.of());
  }

  static Reply moved(String requestId, String location) {
    Reply flat = flat(301, requestId, "moved", MOVED_MESSAGE);
    return new Reply(301, flat.body(), Map.of("Location", location));
  }

  private static @Nullable Map<String, Object> meta(@Nullable String field) {
    return field == null ? null : Map.of("field", field);
  }

  record ErrorBody(String id, List<ErrorEntry> errors) {}

  record ErrorEntry(String code, String message, @Nullable Map<String, Object> meta) {}

  record FlatError(int status, String id, String code, String message) {}
}
