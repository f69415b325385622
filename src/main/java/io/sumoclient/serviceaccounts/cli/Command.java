package io.sumoclient.serviceaccounts.cli;

import static io.sumoclient.serviceaccounts.cli.Option.flag;
import static io.sumoclient.serviceaccounts.cli.Option.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The subcommands, their arguments, options and help. */
// The actions are method references without state and the option lists are unmodifiable.
@SuppressWarnings("ImmutableEnumChecker")
enum Command {
  LIST_ACCOUNTS("", "Lists every service account.", Actions::listAccounts),
  GET_ACCOUNT("ACCOUNT_ID", "Shows one service account.", Actions::getAccount),
  CREATE_ACCOUNT(
      "",
      "Creates a service account.",
      Actions::createAccount,
      value("--name", "NAME", "display name, 1 to 128 characters (required)"),
      value("--email", "EMAIL", "contact address (required)"),
      value("--roles", "ID,...", "role ids to grant, comma-separated; none by default")),
  UPDATE_ACCOUNT(
      "ACCOUNT_ID",
      "Changes the given fields of a service account.",
      Actions::updateAccount,
      value("--name", "NAME", "new display name"),
      value("--email", "EMAIL", "new contact address"),
      value("--roles", "ID,...", "the complete new list of role ids; \"\" for none"),
      flag("--activate", "activate the account"),
      flag("--deactivate", "deactivate the account, which also disables its keys")),
  DELETE_ACCOUNT(
      "ACCOUNT_ID",
      "Deletes a service account and its keys; its content moves to you by default.",
      Actions::deleteAccount,
      value("--transfer-to", "ID", "user or service account that receives the content"),
      flag("--delete-content", "delete the account's content for good instead")),
  LIST_KEYS("ACCOUNT_ID", "Lists the access keys of a service account.", Actions::listKeys),
  GET_KEY("ACCOUNT_ID ACCESS_ID", "Shows one access key.", Actions::getKey),
  CREATE_KEY(
      "ACCOUNT_ID",
      "Creates an access key and shows its secret, once.",
      Actions::createKey,
      value("--label", "TEXT", "the key's name, 1 to 128 characters (required)"),
      value(
          "--scopes", "SCOPE,...", "scopes such as viewCollectors; the server's default if unset"),
      value("--cors-origins", "ORIGIN,...", "at most 20 origins the key accepts requests from")),
  UPDATE_KEY(
      "ACCOUNT_ID ACCESS_ID",
      "Enables or disables an access key; can also change its scopes and origins.",
      Actions::updateKey,
      flag("--enable", "enable the key"),
      flag("--disable", "disable the key"),
      value("--scopes", "SCOPE,...", "the complete new list of scopes"),
      value("--cors-origins", "ORIGIN,...", "the complete new list of origins")),
  DELETE_KEY("ACCOUNT_ID ACCESS_ID", "Deletes an access key.", Actions::deleteKey),
  ROTATE_KEY(
      "ACCOUNT_ID ACCESS_ID",
      "Replaces a key: creates one, confirms it works, then disables the old.",
      Actions::rotateKey,
      value("--label", "TEXT", "the new key's label; default: the old label and today's date"),
      flag("--no-copy", "do not copy the old key's scopes and origins"),
      flag("--delete-old", "delete the old key after disabling it"),
      flag("--no-verify", "do not sign in with the new key before disabling the old one")),
  DEMO("", "Walks a whole lifecycle against an embedded emulator; needs no account.", Demo::run);

  static final Option HELP = flag("--help", "show this help");
  static final Option DEBUG = flag("--debug", "print stack traces of failures");
  static final Option JSON = flag("--json", "print JSON instead of tables");
  static final List<Option> CONNECTION =
      List.of(
          value("--deployment", "CODE", "deployment such as us2; else $SUMOLOGIC_ENVIRONMENT"),
          value("--base-url", "URL", "API base URL; else $SUMOLOGIC_BASE_URL"),
          value("--access-id", "ID", "access ID; else $SUMOLOGIC_ACCESSID"),
          value("--access-key-file", "FILE", "read the access key from the file's first line"),
          flag("--access-key-stdin", "read the access key from standard input's first line"),
          value(
              "--access-key", "KEY", "the key itself, with a warning; else $SUMOLOGIC_ACCESSKEY"));

  private final String operands;
  private final String summary;
  private final Action action;
  private final List<Option> options;

  Command(String operands, String summary, Action action, Option... options) {
    this.operands = operands;
    this.summary = summary;
    this.action = action;
    this.options = List.of(options);
  }

  /** {@return the name typed on the command line, such as {@code list-accounts}} */
  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<Command> named(String name) {
    for (Command command : values()) {
      if (command.label().equals(name)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }

  String summary() {
    return summary;
  }

  Action action() {
    return action;
  }

  int operandCount() {
    return operands.isEmpty() ? 0 : operands.split(" ").length;
  }

  /** {@return every option this command accepts, its own first} */
  List<Option> options() {
    List<Option> all = new ArrayList<>(options);
    if (this != DEMO) {
      all.add(JSON);
      all.addAll(CONNECTION);
    }
    all.add(DEBUG);
    all.add(HELP);
    return all;
  }

  String synopsis() {
    StringBuilder synopsis = new StringBuilder(Main.NAME).append(' ').append(label());
    if (!operands.isEmpty()) {
      synopsis.append(' ').append(operands);
    }
    return synopsis.append(" [options]").toString();
  }

  /** Runs a command; returns its exit code. */
  @FunctionalInterface
  interface Action {
    int run(Session session);
  }
}
