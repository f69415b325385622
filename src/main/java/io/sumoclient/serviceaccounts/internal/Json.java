package io.sumoclient.serviceaccounts.internal;

import java.time.Instant;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The one JSON mapper configuration shared by the client, its tests and its tools. */
public final class Json {
  private static final JsonMapper MAPPER = newMapper();

  private Json() {}

  /**
   * {@return the shared mapper: tolerant of unknown fields, ISO-8601 timestamps, with a fast path
   * for the RFC 3339 form the API sends}
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  private static JsonMapper newMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .addModule(new SimpleModule("timestamps").addDeserializer(Instant.class, new Timestamps()))
        .build();
  }
}
