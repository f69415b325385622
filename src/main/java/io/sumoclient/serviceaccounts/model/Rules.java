package io.sumoclient.serviceaccounts.model;

/** Constants shared by the constraint annotations of the request values. */
final class Rules {
  /**
   * A pragmatic address check: one {@code @}, a local part of at most 64 characters, a domain of at
   * most 255 with a dot in it, no white space. Stricter rules are the server's to apply.
   */
  static final String EMAIL = "^[^@\\s]{1,64}@(?=[^@\\s]{1,255}$)[^@\\s.]+(\\.[^@\\s.]+)+$";

  private Rules() {}
}
