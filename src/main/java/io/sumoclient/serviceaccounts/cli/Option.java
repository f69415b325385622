package io.sumoclient.serviceaccounts.cli;

import org.jspecify.annotations.Nullable;

/**
 * A command-line option.
 *
 * @param name the name with its dashes, such as {@code --label}
 * @param valueName what the value is, such as {@code TEXT}, or {@code null} for a flag
 * @param help one line of help
 */
record Option(String name, @Nullable String valueName, String help) {

  static Option flag(String name, String help) {
    return new Option(name, null, help);
  }

  static Option value(String name, String valueName, String help) {
    return new Option(name, valueName, help);
  }

  boolean takesValue() {
    return valueName != null;
  }

  String synopsis() {
    return valueName == null ? name : name + " " + valueName;
  }
}
