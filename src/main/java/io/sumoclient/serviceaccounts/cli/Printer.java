package io.sumoclient.serviceaccounts.cli;

import io.sumoclient.serviceaccounts.RotationResult;
import io.sumoclient.serviceaccounts.RotationResult.StepResult;
import io.sumoclient.serviceaccounts.internal.Json;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes results as readable tables, or as JSON with {@code --json}. */
final class Printer {
  static final String SECRET_NOTICE =
      "The secret key is shown only this once: store it now. It cannot be read again.";

  private final PrintStream out;
  private final boolean json;

  Printer(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  void accounts(List<ServiceAccount> accounts) {
    if (json) {
      json(Map.of("data", accounts));
      return;
    }
    if (accounts.isEmpty()) {
      out.println("(no service accounts)");
      return;
    }
    Table table = Table.of("ID", "NAME", "EMAIL", "ACTIVE", "ROLES", "CREATED");
    for (ServiceAccount a : accounts) {
      table.row(
          a.id(), a.name(), a.email(), text(a.active()), join(a.roleIds()), text(a.createdAt()));
    }
    table.print(out);
  }

  void account(ServiceAccount a) {
    if (json) {
      json(a);
      return;
    }
    Table.of("FIELD", "VALUE")
        .row("id", a.id())
        .row("name", a.name())
        .row("email", a.email())
        .row("active", text(a.active()))
        .row("roles", join(a.roleIds()))
        .row("created", text(a.createdAt()) + " by " + text(a.createdBy()))
        .row("modified", text(a.modifiedAt()) + " by " + text(a.modifiedBy()))
        .print(out);
  }

  void keys(List<AccessKey> keys) {
    if (json) {
      json(Map.of("data", keys));
      return;
    }
    if (keys.isEmpty()) {
      out.println("(no access keys)");
      return;
    }
    Table table = Table.of("ACCESS ID", "LABEL", "STATE", "SCOPES", "ORIGINS", "LAST USED");
    for (AccessKey k : keys) {
      table.row(
          k.id(), k.label(), state(k), join(k.scopes()), join(k.corsHeaders()), text(k.lastUsed()));
    }
    table.print(out);
  }

  void key(AccessKey k) {
    if (json) {
      json(k);
      return;
    }
    keyTable(k).print(out);
  }

  /** Prints a new key with its secret, which the API returns only once. */
  void createdKey(CreatedAccessKey created) {
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>(fields(created.accessKey()));
      body.put("key", created.secret());
      json(body);
      return;
    }
    keyTable(created.accessKey()).row("SECRET KEY", created.secret()).print(out);
    out.println(SECRET_NOTICE);
  }

  void rotation(RotationResult result) {
    if (json) {
      json(rotationFields(result));
      return;
    }
    out.println(
        "Rotation of key "
            + result.oldAccessId()
            + " on account "
            + result.serviceAccountId()
            + ": "
            + (result.succeeded() ? "completed" : "stopped"));
    Table table = Table.of("STEP", "STATUS", "DETAIL");
    for (StepResult step : result.steps()) {
      table.row(step.step().name(), lower(step.status().name()), step.detail());
    }
    table.print(out);
    result.keptNewKey().ifPresent(this::newKeyAfterRotation);
  }

  void done(String what) {
    if (json) {
      json(Map.of("result", what));
    } else {
      out.println(what);
    }
  }

  private void newKeyAfterRotation(CreatedAccessKey key) {
    out.println();
    out.println("New key:");
    createdKey(key);
  }

  private Map<String, Object> rotationFields(RotationResult result) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("serviceAccountId", result.serviceAccountId());
    body.put("oldAccessId", result.oldAccessId());
    body.put("succeeded", result.succeeded());
    body.put("steps", result.steps().stream().map(Printer::stepFields).toList());
    result.keptNewKey().ifPresent(key -> body.put("newKey", newKeyFields(key)));
    return body;
  }

  private static Map<String, Object> stepFields(StepResult step) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("step", step.step().name());
    fields.put("status", step.status().name());
    fields.put("detail", step.detail());
    RuntimeException failure = step.failure();
    if (failure != null) {
      fields.put("error", String.valueOf(failure.getMessage()));
    }
    return fields;
  }

  private Map<String, Object> newKeyFields(CreatedAccessKey key) {
    Map<String, Object> body = new LinkedHashMap<>(fields(key.accessKey()));
    body.put("key", key.secret());
    return body;
  }

  private static Table keyTable(AccessKey k) {
    return Table.of("FIELD", "VALUE")
        .row("access id", k.id())
        .row("label", k.label())
        .row("state", state(k))
        .row("scopes", join(k.scopes()))
        .row("origins", join(k.corsHeaders()))
        .row("created", text(k.createdAt()) + " by " + text(k.createdBy()))
        .row("last used", text(k.lastUsed()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> fields(Object value) {
    return Json.mapper().convertValue(value, Map.class);
  }

  private void json(Object value) {
    out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
  }

  private static String state(AccessKey k) {
    return k.disabled() ? "disabled" : "enabled";
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? "-" : String.join(",", values);
  }

  private static String text(@Nullable Object value) {
    return value == null ? "-" : value.toString();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
