package io.sumoclient.serviceaccounts.cli;

import io.sumoclient.serviceaccounts.ApiException;
import io.sumoclient.serviceaccounts.CallInterruptedException;
import io.sumoclient.serviceaccounts.CreateOutcomeUnknownException;
import io.sumoclient.serviceaccounts.DeadlineExceededException;
import io.sumoclient.serviceaccounts.InvalidRequestException;
import io.sumoclient.serviceaccounts.ResponseDecodingException;
import io.sumoclient.serviceaccounts.TransportException;
import io.sumoclient.serviceaccounts.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a failure into an exit code and a short report on standard error. */
final class Failures {
  private Failures() {}

  /** Reports a failure and returns its exit code. Stack traces only with {@code --debug}. */
  static int report(Session s, RuntimeException failure) {
    int code = exitCode(failure);
    Map<String, Object> fields = fields(failure, code);
    if (s.args.flag("--json")) {
      s.err.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(fields));
    } else {
      text(s, fields);
    }
    if (s.args.flag("--debug")) {
      failure.printStackTrace(s.err);
    }
    return code;
  }

  static int exitCode(RuntimeException failure) {
    if (failure instanceof UsageException || failure instanceof InvalidRequestException) {
      return ExitCode.USAGE;
    }
    if (failure instanceof ApiException || failure instanceof ResponseDecodingException) {
      return ExitCode.API;
    }
    if (failure instanceof TransportException
        || failure instanceof DeadlineExceededException
        || failure instanceof CreateOutcomeUnknownException
        || failure instanceof CallInterruptedException) {
      return ExitCode.TRANSPORT;
    }
    return ExitCode.UNEXPECTED;
  }

  private static Map<String, Object> fields(RuntimeException failure, int code) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("error", kind(code));
    fields.put("message", String.valueOf(failure.getMessage()));
    if (failure instanceof ApiException api) {
      fields.put("status", api.status());
      api.errorCode().ifPresent(c -> fields.put("code", c));
      api.requestId().ifPresent(id -> fields.put("requestId", id));
    }
    if (code == ExitCode.UNEXPECTED) {
      fields.put("type", failure.getClass().getName());
    }
    return fields;
  }

  private static void text(Session s, Map<String, Object> fields) {
    s.err.println(Main.NAME + ": " + fields.get("error") + ": " + fields.get("message"));
    print(s, fields, "status", "HTTP status");
    print(s, fields, "code", "error code");
    print(s, fields, "requestId", "request id");
    print(s, fields, "type", "type");
  }

  private static void print(Session s, Map<String, Object> fields, String name, String label) {
    Object value = fields.get(name);
    if (value != null) {
      s.err.println("  " + label + ": " + value);
    }
  }

  private static String kind(int code) {
    return switch (code) {
      case ExitCode.USAGE -> "invalid request";
      case ExitCode.API -> "API error";
      case ExitCode.TRANSPORT -> "transport failure";
      default -> "unexpected error";
    };
  }
}
