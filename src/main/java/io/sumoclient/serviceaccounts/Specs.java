package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.InvalidRequestException.Violation;
import io.sumoclient.serviceaccounts.internal.Constraints;
import io.sumoclient.serviceaccounts.internal.Json;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.DeleteServiceAccountOptions;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns each operation's arguments into a {@link CallSpec}, checking every rule first: nothing is
 * sent unless the whole input is valid.
 */
final class Specs {
  private static final String KEYS = "accessKeys";

  private Specs() {}

  static CallSpec<AccountList> listAccounts() {
    return spec(Operation.LIST_SERVICE_ACCOUNTS, List.of(), null, read(AccountList.class));
  }

  static CallSpec<ServiceAccount> createAccount(CreateServiceAccountRequest request) {
    check(Operation.CREATE_SERVICE_ACCOUNT, request, new ArrayList<>());
    return spec(Operation.CREATE_SERVICE_ACCOUNT, List.of(), request, read(ServiceAccount.class));
  }

  static CallSpec<ServiceAccount> getAccount(String id) {
    Operation op = Operation.GET_SERVICE_ACCOUNT;
    return spec(op, ids(op, null, "id", id), null, read(ServiceAccount.class));
  }

  static CallSpec<ServiceAccount> updateAccount(String id, UpdateServiceAccountRequest request) {
    Operation op = Operation.UPDATE_SERVICE_ACCOUNT;
    return spec(op, ids(op, request, "id", id), request, read(ServiceAccount.class));
  }

  static CallSpec<Void> deleteAccount(String id, DeleteServiceAccountOptions options) {
    Operation op = Operation.DELETE_SERVICE_ACCOUNT;
    List<String> segments = ids(op, options, "id", id);
    Map<String, String> query = new LinkedHashMap<>();
    String transferTo = options.transferTo();
    if (transferTo != null) {
      query.put("transferTo", transferTo);
    }
    if (options.deleteContent()) {
      query.put("deleteContent", "true");
    }
    return new CallSpec<>(op, segments, query, null, null);
  }

  static CallSpec<KeyList> listKeys(String accountId) {
    Operation op = Operation.LIST_ACCESS_KEYS;
    return spec(op, keys(op, null, accountId), null, read(KeyList.class));
  }

  static CallSpec<CreatedAccessKey> createKey(String accountId, CreateAccessKeyRequest request) {
    Operation op = Operation.CREATE_ACCESS_KEY;
    return spec(op, keys(op, request, accountId), request, Specs::readCreatedKey);
  }

  static CallSpec<AccessKey> getKey(String accountId, String accessId) {
    Operation op = Operation.GET_ACCESS_KEY;
    return spec(op, key(op, null, accountId, accessId), null, read(AccessKey.class));
  }

  static CallSpec<AccessKey> updateKey(
      String accountId, String accessId, UpdateAccessKeyRequest request) {
    Operation op = Operation.UPDATE_ACCESS_KEY;
    return spec(op, key(op, request, accountId, accessId), request, read(AccessKey.class));
  }

  static CallSpec<Void> deleteKey(String accountId, String accessId) {
    Operation op = Operation.DELETE_ACCESS_KEY;
    return spec(op, key(op, null, accountId, accessId), null, null);
  }

  private static <T> CallSpec<T> spec(
      Operation op,
      List<String> segments,
      @Nullable Object body,
      Transport.@Nullable BodyReader<T> reader) {
    byte[] json = body == null ? null : Json.mapper().writeValueAsBytes(body);
    return new CallSpec<>(op, segments, Map.of(), json, reader);
  }

  private static List<String> ids(Operation op, @Nullable Record body, String name, String value) {
    List<Violation> violations = new ArrayList<>();
    PathSegments.check(name, value, violations);
    check(op, body, violations);
    return List.of(value);
  }

  private static List<String> keys(Operation op, @Nullable Record body, String accountId) {
    List<Violation> violations = new ArrayList<>();
    PathSegments.check("serviceAccountId", accountId, violations);
    check(op, body, violations);
    return List.of(accountId, KEYS);
  }

  private static List<String> key(
      Operation op, @Nullable Record body, String accountId, String accessId) {
    List<Violation> violations = new ArrayList<>();
    PathSegments.check("serviceAccountId", accountId, violations);
    PathSegments.check("accessId", accessId, violations);
    check(op, body, violations);
    return List.of(accountId, KEYS, accessId);
  }

  private static void check(Operation op, @Nullable Record body, List<Violation> violations) {
    if (body == null && (op.isCreate() || op.method().equals("PUT"))) {
      violations.add(new Violation("request", "must not be null"));
    } else if (body != null) {
      Constraints.check(body).forEach(p -> violations.add(new Violation(p.field(), p.rule())));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(op, violations);
    }
  }

  private static <T> Transport.BodyReader<T> read(Class<T> type) {
    return in -> Json.mapper().readValue(in, type);
  }

  private static @Nullable CreatedAccessKey readCreatedKey(InputStream in) throws IOException {
    byte[] body = in.readAllBytes();
    AccessKey key = Json.mapper().readValue(body, AccessKey.class);
    Secret secret = Json.mapper().readValue(body, Secret.class);
    if (key == null || secret == null || secret.key() == null || secret.key().isEmpty()) {
      return null;
    }
    return new CreatedAccessKey(key, secret.key());
  }

  private record Secret(@Nullable String key) {}

  record AccountList(List<ServiceAccount> data) {
    AccountList {
      data = data == null ? List.of() : List.copyOf(data);
    }
  }

  record KeyList(List<AccessKey> data) {
    KeyList {
      data = data == null ? List.of() : List.copyOf(data);
    }
  }
}
