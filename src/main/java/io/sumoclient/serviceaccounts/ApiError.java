package io.sumoclient.serviceaccounts;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One cause of an API error, as the server described it.
 *
 * @param code the machine-readable code, such as {@code rate.limit.exceeded}
 * @param message a short English description
 * @param detail a longer description, when the server gave one
 * @param meta free-form details, empty when none
 */
public record ApiError(
    String code, String message, @Nullable String detail, Map<String, Object> meta) {

  public ApiError {
    meta = Map.copyOf(meta);
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
