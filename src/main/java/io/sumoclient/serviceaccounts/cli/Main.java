package io.sumoclient.serviceaccounts.cli;

import io.sumoclient.serviceaccounts.ServiceAccountClientBuilder;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The command-line tool: one subcommand per Service Accounts operation, {@code rotate-key}, and
 * {@code demo}. Run it with {@code --help} for the commands, and {@code COMMAND --help} for their
 * options.
 *
 * <p>Exit codes: 0 success, 1 unexpected error, 2 usage error, 3 API error, 4 transport failure.
 */
public final class Main {
  static final String NAME = "sumo-sa";

  private Main() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    quietLogging();
    int code = run(args, System.out, System.err, System.getenv(), System.in);
    System.out.flush();
    if (code != ExitCode.OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * @param args the command line
   * @param out where results go
   * @param err where warnings and errors go
   * @param env the environment variables to read credentials and the deployment from
   * @param stdin where {@code --access-key-stdin} reads the key
   * @return the exit code: 0 success, 1 unexpected, 2 usage, 3 API error, 4 transport failure
   */
  public static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> env, InputStream stdin) {
    return run(args, out, err, env, stdin, UnaryOperator.identity());
  }

  /** Runs the tool with a hook that adjusts every client it builds; tests turn pacing off. */
  static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      InputStream stdin,
      UnaryOperator<ServiceAccountClientBuilder> clients) {
    Args parsed;
    try {
      parsed = Args.parse(args, knownOptions());
    } catch (UsageException e) {
      return usageError(err, e.getMessage(), null);
    }
    Optional<String> name = parsed.command();
    if (name.isEmpty() || name.get().equals("help")) {
      return overview(parsed, out, err);
    }
    Optional<Command> command = Command.named(name.get());
    if (command.isEmpty()) {
      return usageError(err, "unknown command " + name.get(), null);
    }
    return run(command.get(), new Session(parsed, out, err, env, stdin, clients));
  }

  private static int run(Command command, Session session) {
    if (session.args.flag("--help")) {
      Help.command(command, session.out);
      return ExitCode.OK;
    }
    try {
      check(command, session.args);
      return command.action().run(session);
    } catch (UsageException e) {
      return usageError(session.err, e.getMessage(), command);
    } catch (RuntimeException e) {
      return Failures.report(session, e);
    }
  }

  private static void check(Command command, Args args) {
    Set<String> allowed = new HashSet<>();
    command.options().forEach(option -> allowed.add(option.name()));
    for (String given : args.given()) {
      if (!allowed.contains(given)) {
        throw new UsageException(given + " is not an option of " + command.label());
      }
    }
    int operands = args.operands().size();
    if (operands != command.operandCount()) {
      throw new UsageException(
          command.label() + " takes " + command.operandCount() + " argument(s), got " + operands);
    }
  }

  private static int overview(Args args, PrintStream out, PrintStream err) {
    List<String> operands = args.operands();
    if (!operands.isEmpty()) {
      Optional<Command> command = Command.named(operands.get(0));
      if (command.isEmpty()) {
        return usageError(err, "unknown command " + operands.get(0), null);
      }
      Help.command(command.get(), out);
      return ExitCode.OK;
    }
    boolean asked = args.flag("--help") || args.command().isPresent();
    Help.overview(asked ? out : err);
    return asked ? ExitCode.OK : ExitCode.USAGE;
  }

  private static int usageError(
      PrintStream err, @Nullable String message, @Nullable Command command) {
    err.println(NAME + ": " + message);
    String help = command == null ? NAME + " --help" : NAME + " " + command.label() + " --help";
    err.println("Run '" + help + "' for usage.");
    return ExitCode.USAGE;
  }

  private static Map<String, Option> knownOptions() {
    Map<String, Option> known = new LinkedHashMap<>();
    known.put("-h", Command.HELP);
    for (Command command : Command.values()) {
      command.options().forEach(option -> known.putIfAbsent(option.name(), option));
    }
    return known;
  }

  /** {@return this tool's version, from the jar's manifest, or {@code dev}} */
  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /**
   * Keeps SLF4J from warning on standard error that no logging backend is present; without one it
   * discards the library's debug logging, as it should.
   */
  private static void quietLogging() {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }
}
