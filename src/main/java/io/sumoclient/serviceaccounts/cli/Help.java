package io.sumoclient.serviceaccounts.cli;

import java.io.PrintStream;
import java.util.List;

/** The tool's help texts. */
final class Help {
  private Help() {}

  static void overview(PrintStream out) {
    out.println(
        Main.NAME + " " + Main.version() + ": manage Sumo Logic service accounts and keys.");
    out.println();
    out.println("Usage: " + Main.NAME + " COMMAND [ARGUMENTS] [OPTIONS]");
    out.println();
    out.println("Commands:");
    Table commands = Table.of("", "", "");
    for (Command command : Command.values()) {
      commands.row("", command.label(), command.summary());
    }
    commands.printRows(out);
    out.println();
    out.println("The deployment and credentials come from --deployment or --base-url, --access-id");
    out.println(
        "and --access-key-file or --access-key-stdin, or else from the Terraform provider's");
    out.println("variables SUMOLOGIC_ENVIRONMENT, SUMOLOGIC_BASE_URL, SUMOLOGIC_ACCESSID and");
    out.println("SUMOLOGIC_ACCESSKEY. Add --json for JSON output, --debug for stack traces.");
    out.println();
    exitCodes(out);
    out.println("Run '" + Main.NAME + " COMMAND --help' for a command's arguments and options.");
  }

  static void command(Command command, PrintStream out) {
    out.println("Usage: " + command.synopsis());
    out.println();
    out.println(command.summary());
    out.println();
    out.println("Options:");
    options(command.options()).printRows(out);
    out.println();
    exitCodes(out);
  }

  private static Table options(List<Option> options) {
    Table table = Table.of("", "", "");
    for (Option option : options) {
      table.row("", option.synopsis(), option.help());
    }
    return table;
  }

  private static void exitCodes(PrintStream out) {
    out.println("Exit codes: 0 success, 1 unexpected error, 2 usage error, 3 API error,");
    out.println("4 transport failure (no usable answer).");
  }
}
