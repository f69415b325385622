package io.sumoclient.serviceaccounts.internal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper configuration shared by the client, its tests and its tools. */
public final class Json {
  private static final JsonMapper MAPPER = newMapper();

  private Json() {}

  /** {@return the shared mapper: tolerant of unknown fields, ISO-8601 timestamps} */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  private static JsonMapper newMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();
  }
}
