package io.sumoclient.serviceaccounts.model;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Decodes strings that repeat across one response, such as user and role ids, to one shared
 * instance. A list of 100,000 accounts created by a handful of users then holds a handful of
 * user-id strings, not 200,000. The table lives for one decode and holds at most {@value #LIMIT}
 * strings.
 */
final class SharedStrings extends StdDeserializer<String> {
  private static final int LIMIT = 4096;
  private static final Object TABLE = SharedStrings.class;

  SharedStrings() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return context.readValue(parser, String.class);
    }
    String value = parser.getString();
    @SuppressWarnings("unchecked")
    Map<String, String> table = (Map<String, String>) context.getAttribute(TABLE);
    if (table == null) {
      table = new HashMap<>();
      context.setAttribute(TABLE, table);
    }
    String shared = table.get(value);
    if (shared != null) {
      return shared;
    }
    if (table.size() < LIMIT) {
      table.put(value, value);
    }
    return value;
  }
}
