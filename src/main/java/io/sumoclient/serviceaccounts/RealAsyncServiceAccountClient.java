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
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/** The asynchronous view of {@link RealServiceAccountClient}, sharing its transport. */
final class RealAsyncServiceAccountClient implements AsyncServiceAccountClient {
  private final Transport transport;

  RealAsyncServiceAccountClient(Transport transport) {
    this.transport = transport;
  }

  @Override
  public CompletableFuture<List<ServiceAccount>> listServiceAccounts() {
    return map(call(Specs::listAccounts), Specs.AccountList::data);
  }

  @Override
  public CompletableFuture<ServiceAccount> createServiceAccount(
      CreateServiceAccountRequest request) {
    return call(() -> Specs.createAccount(request));
  }

  @Override
  public CompletableFuture<ServiceAccount> getServiceAccount(String id) {
    return call(() -> Specs.getAccount(id));
  }

  @Override
  public CompletableFuture<ServiceAccount> updateServiceAccount(
      String id, UpdateServiceAccountRequest request) {
    return call(() -> Specs.updateAccount(id, request));
  }

  @Override
  public CompletableFuture<Void> deleteServiceAccount(
      String id, DeleteServiceAccountOptions options) {
    return run(() -> Specs.deleteAccount(id, options));
  }

  @Override
  public CompletableFuture<List<AccessKey>> listAccessKeys(String serviceAccountId) {
    return map(call(() -> Specs.listKeys(serviceAccountId)), Specs.KeyList::data);
  }

  @Override
  public CompletableFuture<CreatedAccessKey> createAccessKey(
      String serviceAccountId, CreateAccessKeyRequest request) {
    return call(() -> Specs.createKey(serviceAccountId, request));
  }

  @Override
  public CompletableFuture<AccessKey> getAccessKey(String serviceAccountId, String accessId) {
    return call(() -> Specs.getKey(serviceAccountId, accessId));
  }

  @Override
  public CompletableFuture<AccessKey> updateAccessKey(
      String serviceAccountId, String accessId, UpdateAccessKeyRequest request) {
    return call(() -> Specs.updateKey(serviceAccountId, accessId, request));
  }

  @Override
  public CompletableFuture<Void> deleteAccessKey(String serviceAccountId, String accessId) {
    return run(() -> Specs.deleteKey(serviceAccountId, accessId));
  }

  private <T> CompletableFuture<T> call(Supplier<CallSpec<T>> spec) {
    CallSpec<T> validated;
    try {
      validated = spec.get();
    } catch (SumoLogicException e) {
      return CompletableFuture.failedFuture(e);
    }
    return transport.executeAsync(validated);
  }

  private CompletableFuture<Void> run(Supplier<CallSpec<Void>> spec) {
    return call(spec);
  }

  /** Maps a result, cancelling the call when the mapped future is cancelled. */
  private static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<A, B> fn) {
    CompletableFuture<B> mapped = source.thenApply(fn);
    var unused =
        mapped.whenComplete(
            (value, failure) -> {
              if (mapped.isCancelled()) {
                source.cancel(true);
              }
            });
    return mapped;
  }
}
