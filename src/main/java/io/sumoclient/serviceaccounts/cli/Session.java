package io.sumoclient.serviceaccounts.cli;

import static io.sumoclient.serviceaccounts.ServiceAccountClientBuilder.ENV_ACCESS_ID;
import static io.sumoclient.serviceaccounts.ServiceAccountClientBuilder.ENV_ACCESS_KEY;
import static io.sumoclient.serviceaccounts.ServiceAccountClientBuilder.ENV_BASE_URL;
import static io.sumoclient.serviceaccounts.ServiceAccountClientBuilder.ENV_ENVIRONMENT;

import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.ServiceAccountClientBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** One run of the tool: its arguments, streams and environment, and the client built from them. */
final class Session {
  final Args args;
  final PrintStream out;
  final PrintStream err;
  final Printer printer;
  private final Map<String, String> env;
  private final InputStream stdin;
  private final UnaryOperator<ServiceAccountClientBuilder> clients;

  Session(
      Args args,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      InputStream stdin,
      UnaryOperator<ServiceAccountClientBuilder> clients) {
    this.args = args;
    this.out = out;
    this.err = err;
    this.printer = new Printer(out, args.flag("--json"));
    this.env = env;
    this.stdin = stdin;
    this.clients = clients;
  }

  /** {@return the operand at {@code index}} */
  String operand(int index, String name) {
    List<String> operands = args.operands();
    if (index >= operands.size()) {
      throw new UsageException("missing argument " + name);
    }
    return operands.get(index);
  }

  /** {@return the value of a required option} */
  String required(String option) {
    String value = args.value(option);
    if (value == null) {
      throw new UsageException("missing option " + option);
    }
    return value;
  }

  /**
   * Builds a client from the flags, falling back to the Terraform provider's environment variables.
   */
  ServiceAccountClient client() {
    ServiceAccountClientBuilder builder =
        ServiceAccountClient.builder().application(Main.NAME, Main.version());
    endpoint(builder);
    String accessId = first(args.value("--access-id"), env.get(ENV_ACCESS_ID));
    if (accessId == null) {
      throw new UsageException("no access ID: pass --access-id or set " + ENV_ACCESS_ID);
    }
    builder.credentials(accessId, accessKey());
    try {
      return clients.apply(builder).build();
    } catch (IllegalStateException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  private void endpoint(ServiceAccountClientBuilder builder) {
    String baseUrl = first(args.value("--base-url"), null);
    String deployment = first(args.value("--deployment"), null);
    if (baseUrl == null && deployment == null) {
      baseUrl = first(env.get(ENV_BASE_URL), null);
      deployment = first(env.get(ENV_ENVIRONMENT), null);
    }
    try {
      if (baseUrl != null) {
        builder.baseUrl(baseUrl);
      } else if (deployment != null) {
        builder.deployment(deployment);
      } else {
        throw new UsageException(
            "no deployment: pass --deployment CODE or --base-url URL, or set "
                + ENV_ENVIRONMENT
                + " or "
                + ENV_BASE_URL);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  private String accessKey() {
    String file = args.value("--access-key-file");
    if (file != null) {
      return firstLine(readFile(file), "--access-key-file " + file);
    }
    if (args.flag("--access-key-stdin")) {
      return firstLine(readStdin(), "standard input");
    }
    String flag = args.value("--access-key");
    if (flag != null) {
      err.println(
          "warning: --access-key puts the key in the process list and shell history; prefer "
              + "--access-key-file, --access-key-stdin or "
              + ENV_ACCESS_KEY);
      return flag;
    }
    String fromEnv = env.get(ENV_ACCESS_KEY);
    if (fromEnv == null || fromEnv.isBlank()) {
      throw new UsageException(
          "no access key: pass --access-key-file FILE or --access-key-stdin, or set "
              + ENV_ACCESS_KEY);
    }
    return fromEnv.strip();
  }

  private static String readFile(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read --access-key-file " + file + ": " + e);
    }
  }

  private String readStdin() {
    try {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      String line = reader.readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw new UsageException("cannot read the access key from standard input: " + e);
    }
  }

  private static String firstLine(String text, String source) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    if (line.isEmpty()) {
      throw new UsageException("no access key in " + source);
    }
    return line;
  }

  private static @Nullable String first(@Nullable String preferred, @Nullable String fallback) {
    if (preferred != null && !preferred.isBlank()) {
      return preferred.strip();
    }
    return fallback == null || fallback.isBlank() ? null : fallback.strip();
  }
}
