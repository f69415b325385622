package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.DeleteServiceAccountOptions;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** The blocking HTTP implementation of {@link ServiceAccountClient}. */
final class RealServiceAccountClient implements ServiceAccountClient {
  private final Transport transport;
  private final AsyncServiceAccountClient async;

  RealServiceAccountClient(Transport transport) {
    this.transport = transport;
    this.async = new RealAsyncServiceAccountClient(transport);
  }

  @Override
  public AsyncServiceAccountClient async() {
    return async;
  }

  @Override
  public List<ServiceAccount> listServiceAccounts() {
    return call(Specs.listAccounts()).data();
  }

  @Override
  public ServiceAccount createServiceAccount(CreateServiceAccountRequest request) {
    return call(Specs.createAccount(request));
  }

  @Override
  public ServiceAccount getServiceAccount(String id) {
    return call(Specs.getAccount(id));
  }

  @Override
  public ServiceAccount updateServiceAccount(String id, UpdateServiceAccountRequest request) {
    return call(Specs.updateAccount(id, request));
  }

  @Override
  public void deleteServiceAccount(String id, DeleteServiceAccountOptions options) {
    transport.execute(Specs.deleteAccount(id, options));
  }

  @Override
  public List<AccessKey> listAccessKeys(String serviceAccountId) {
    return call(Specs.listKeys(serviceAccountId)).data();
  }

  @Override
  public CreatedAccessKey createAccessKey(String serviceAccountId, CreateAccessKeyRequest request) {
    return call(Specs.createKey(serviceAccountId, request));
  }

  @Override
  public AccessKey getAccessKey(String serviceAccountId, String accessId) {
    return call(Specs.getKey(serviceAccountId, accessId));
  }

  @Override
  public AccessKey updateAccessKey(
      String serviceAccountId, String accessId, UpdateAccessKeyRequest request) {
    return call(Specs.updateKey(serviceAccountId, accessId, request));
  }

  @Override
  public void deleteAccessKey(String serviceAccountId, String accessId) {
    transport.execute(Specs.deleteKey(serviceAccountId, accessId));
  }

  @Override
  public Optional<Deployment> deployment() {
    return Deployment.fromHost(transport.baseUrl().host());
  }

  /** {@return the base URL in use: the configured one, or the one a redirect pointed to} */
  HttpUrl baseUrl() {
    return transport.baseUrl();
  }

  @Override
  public Optional<Deployment> discoverDeployment() {
    return transport.discoverDeployment();
  }

  @Override
  public void close() {
    transport.close();
  }

  private <T> T call(CallSpec<T> spec) {
    return required(transport.execute(spec));
  }

  static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("No value for a body-reading call");
    }
    return value;
  }
}
