package io.sumoclient.serviceaccounts.model;

/** Constants shared by the constraint annotations of the request values. */
final class Rules {
  /**
   * A pragmatic address check: one {@code @}, no white space, a dot in the domain. Stricter rules
   * are the server's to apply.
   */
  static final String EMAIL = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$";

  private Rules() {}
}
