package io.sumoclient.serviceaccounts.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed command line: positional arguments, options with values and flags. Options may come
 * before or after the command, as {@code --name value} or {@code --name=value}; {@code --} ends the
 * options.
 */
final class Args {
  private final List<String> positionals = new ArrayList<>();
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Set<String> flags = new HashSet<>();

  private Args() {}

  /**
   * Parses tokens against the options every command knows.
   *
   * @throws UsageException for an unknown option or a missing value
   */
  static Args parse(String[] tokens, Map<String, Option> known) {
    Args args = new Args();
    boolean optionsEnded = false;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      if (optionsEnded || !token.startsWith("-") || token.equals("-")) {
        args.positionals.add(token);
      } else if (token.equals("--")) {
        optionsEnded = true;
      } else {
        i = args.option(tokens, i, known);
      }
    }
    return args;
  }

  private int option(String[] tokens, int i, Map<String, Option> known) {
    String token = tokens[i];
    int eq = token.indexOf('=');
    String name = eq < 0 ? token : token.substring(0, eq);
    Option option = known.get(name);
    if (option == null) {
      throw new UsageException("unknown option " + name);
    }
    if (!option.takesValue()) {
      if (eq >= 0) {
        throw new UsageException(name + " takes no value");
      }
      flags.add(option.name());
      return i;
    }
    if (eq >= 0) {
      values.put(option.name(), token.substring(eq + 1));
      return i;
    }
    if (i + 1 >= tokens.length) {
      throw new UsageException(name + " needs a value: " + option.synopsis());
    }
    values.put(option.name(), tokens[i + 1]);
    return i + 1;
  }

  /** {@return the first positional argument, the command, if any} */
  Optional<String> command() {
    return positionals.isEmpty() ? Optional.empty() : Optional.of(positionals.get(0));
  }

  /** {@return the positional arguments after the command} */
  List<String> operands() {
    return positionals.isEmpty() ? List.of() : positionals.subList(1, positionals.size());
  }

  /** {@return every option and flag given, by name} */
  Set<String> given() {
    Set<String> given = new HashSet<>(flags);
    given.addAll(values.keySet());
    return given;
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  @Nullable String value(String name) {
    return values.get(name);
  }

  /** {@return a comma-separated value as a list; an empty value gives an empty list} */
  @Nullable List<String> list(String name) {
    String value = values.get(name);
    if (value == null) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (String item : value.split(",", -1)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return List.copyOf(items);
  }
}
