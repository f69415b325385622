package io.sumoclient.serviceaccounts;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Input broke one or more of the API's rules. Nothing was sent. */
public final class InvalidRequestException extends SumoLogicException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates an exception listing every violation.
   *
   * @param operation the operation whose input was invalid, or {@code null}
   * @param violations the broken rules; at least one
   */
  public InvalidRequestException(@Nullable Operation operation, List<Violation> violations) {
    super(operation, message(operation, violations), null);
    this.violations = List.copyOf(violations);
  }

  /** {@return every broken rule, in field order} */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(@Nullable Operation operation, List<Violation> violations) {
    String prefix = operation == null ? "Invalid input" : operation.operationId() + " not sent";
    return prefix
        + ": "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * One broken rule.
   *
   * @param field the field path, such as {@code name} or {@code roleIds[2]}
   * @param rule what the field must satisfy, such as {@code size must be at most 128}
   */
  public record Violation(String field, String rule) {
    @Override
    public String toString() {
      return field + ": " + rule;
    }
  }
}
