package io.sumoclient.serviceaccounts.testing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An error answer, thrown while a request is handled and written as a Sumo Logic error body. */
final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<Entry> entries;

  ApiProblem(int status, List<Entry> entries) {
    super(status + " " + entries, null, false, false);
    this.status = status;
    this.entries = List.copyOf(entries);
  }

  ApiProblem(int status, String code, String message) {
    this(status, List.of(new Entry(code, message, null)));
  }

  static ApiProblem notFound(String message) {
    return new ApiProblem(404, "notfound", message);
  }

  int status() {
    return status;
  }

  List<Entry> entries() {
    return entries;
  }

  /**
   * One listed error.
   *
   * @param code the error code
   * @param message the English description
   * @param field the request field at fault, or {@code null}
   */
  record Entry(String code, String message, @Nullable String field) {}
}
