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
import java.util.List;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link ServiceAccountClient}. */
final class RealServiceAccountClient implements ServiceAccountClient {
  private final Transport transport;

  RealServiceAccountClient(Transport transport) {
    this.transport = transport;
  }

  @Override
  public List<ServiceAccount> listServiceAccounts() {
    Operation op = Operation.LIST_SERVICE_ACCOUNTS;
    return required(transport.exchange(op, transport.url().build(), null, read(AccountList.class)))
        .data();
  }

  @Override
  public ServiceAccount createServiceAccount(CreateServiceAccountRequest request) {
    Operation op = Operation.CREATE_SERVICE_ACCOUNT;
    check(op, request);
    return required(
        transport.exchange(op, transport.url().build(), request, read(ServiceAccount.class)));
  }

  @Override
  public ServiceAccount getServiceAccount(String id) {
    Operation op = Operation.GET_SERVICE_ACCOUNT;
    HttpUrl url = accountUrl(op, id, null).build();
    return required(transport.exchange(op, url, null, read(ServiceAccount.class)));
  }

  @Override
  public ServiceAccount updateServiceAccount(String id, UpdateServiceAccountRequest request) {
    Operation op = Operation.UPDATE_SERVICE_ACCOUNT;
    HttpUrl url = accountUrl(op, id, request).build();
    return required(transport.exchange(op, url, request, read(ServiceAccount.class)));
  }

  @Override
  public void deleteServiceAccount(String id, DeleteServiceAccountOptions options) {
    Operation op = Operation.DELETE_SERVICE_ACCOUNT;
    HttpUrl.Builder url = accountUrl(op, id, options);
    if (options.transferTo() != null) {
      url.addQueryParameter("transferTo", options.transferTo());
    }
    if (options.deleteContent()) {
      url.addQueryParameter("deleteContent", "true");
    }
    transport.exchange(op, url.build(), null, null);
  }

  @Override
  public List<AccessKey> listAccessKeys(String serviceAccountId) {
    Operation op = Operation.LIST_ACCESS_KEYS;
    HttpUrl url = keysUrl(op, serviceAccountId, null).build();
    return required(transport.exchange(op, url, null, read(KeyList.class))).data();
  }

  @Override
  public CreatedAccessKey createAccessKey(String serviceAccountId, CreateAccessKeyRequest request) {
    Operation op = Operation.CREATE_ACCESS_KEY;
    HttpUrl url = keysUrl(op, serviceAccountId, request).build();
    return required(transport.exchange(op, url, request, RealServiceAccountClient::readCreatedKey));
  }

  @Override
  public AccessKey getAccessKey(String serviceAccountId, String accessId) {
    Operation op = Operation.GET_ACCESS_KEY;
    HttpUrl url = keyUrl(op, serviceAccountId, accessId, null).build();
    return required(transport.exchange(op, url, null, read(AccessKey.class)));
  }

  @Override
  public AccessKey updateAccessKey(
      String serviceAccountId, String accessId, UpdateAccessKeyRequest request) {
    Operation op = Operation.UPDATE_ACCESS_KEY;
    HttpUrl url = keyUrl(op, serviceAccountId, accessId, request).build();
    return required(transport.exchange(op, url, request, read(AccessKey.class)));
  }

  @Override
  public void deleteAccessKey(String serviceAccountId, String accessId) {
    Operation op = Operation.DELETE_ACCESS_KEY;
    transport.exchange(op, keyUrl(op, serviceAccountId, accessId, null).build(), null, null);
  }

  @Override
  public void close() {
    transport.close();
  }

  private HttpUrl.Builder accountUrl(Operation op, String id, @Nullable Record body) {
    List<Violation> violations = new ArrayList<>();
    PathSegments.check("id", id, violations);
    check(op, body, violations);
    return transport.url().addPathSegment(id);
  }

  private HttpUrl.Builder keysUrl(Operation op, String accountId, @Nullable Record body) {
    List<Violation> violations = new ArrayList<>();
    PathSegments.check("serviceAccountId", accountId, violations);
    check(op, body, violations);
    return transport.url().addPathSegment(accountId).addPathSegment("accessKeys");
  }

  private HttpUrl.Builder keyUrl(
      Operation op, String accountId, String accessId, @Nullable Record body) {
    List<Violation> violations = new ArrayList<>();
    PathSegments.check("serviceAccountId", accountId, violations);
    PathSegments.check("accessId", accessId, violations);
    check(op, body, violations);
    return transport
        .url()
        .addPathSegment(accountId)
        .addPathSegment("accessKeys")
        .addPathSegment(accessId);
  }

  private static void check(Operation op, @Nullable Record body) {
    check(op, body, new ArrayList<>());
  }

  private static void check(Operation op, @Nullable Record body, List<Violation> violations) {
    if (body == null && op.isCreate()) {
      violations.add(new Violation("request", "must not be null"));
    } else if (body != null) {
      Constraints.check(body).forEach(p -> violations.add(new Violation(p.field(), p.rule())));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(op, violations);
    }
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("Transport returned no value for a body-reading call");
    }
    return value;
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
