package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.InvalidRequestException.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rules for ids placed in a path. OkHttp encodes every other character of a segment ({@code /},
 * {@code ?}, {@code %}, ...), so an id always stays one segment; only the dot segments, which URL
 * resolution would collapse, and blank ids are refused.
 */
final class PathSegments {
  private PathSegments() {}

  static void check(String name, @Nullable String value, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new Violation(name, "must not be blank"));
    } else if (value.equals(".") || value.equals("..")) {
      violations.add(new Violation(name, "must not be '.' or '..'"));
    }
  }
}
