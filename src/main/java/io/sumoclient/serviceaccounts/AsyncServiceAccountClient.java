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

/**
 * The operations of {@link ServiceAccountClient}, returning futures. Obtain it from {@link
 * ServiceAccountClient#async()}. Calls follow the same validation, retry, rate-limit and deadline
 * rules; waits between attempts are timers, not blocked threads. Invalid input yields a future
 * already failed with {@link InvalidRequestException}; cancelling a future cancels its HTTP call
 * and any pending retry.
 */
public interface AsyncServiceAccountClient {

  /** {@return a future of every service account} */
  CompletableFuture<List<ServiceAccount>> listServiceAccounts();

  /**
   * Creates a service account.
   *
   * @param request name, email and role ids
   * @return a future of the new account
   */
  CompletableFuture<ServiceAccount> createServiceAccount(CreateServiceAccountRequest request);

  /**
   * Returns one service account.
   *
   * @param id the account's id
   * @return a future of the account
   */
  CompletableFuture<ServiceAccount> getServiceAccount(String id);

  /**
   * Updates a service account, changing only the fields {@code request} sets.
   *
   * @param id the account's id
   * @param request the fields to change
   * @return a future of the account after the update
   */
  CompletableFuture<ServiceAccount> updateServiceAccount(
      String id, UpdateServiceAccountRequest request);

  /**
   * Deletes a service account and its access keys.
   *
   * @param id the account's id
   * @param options where its content goes, or that it is deleted for good
   * @return a future completed when the account is gone
   */
  CompletableFuture<Void> deleteServiceAccount(String id, DeleteServiceAccountOptions options);

  /**
   * Lists the access keys of a service account.
   *
   * @param serviceAccountId the account's id
   * @return a future of the keys
   */
  CompletableFuture<List<AccessKey>> listAccessKeys(String serviceAccountId);

  /**
   * Creates an access key.
   *
   * @param serviceAccountId the account's id
   * @param request label, allowed origins and scopes
   * @return a future of the key and its secret
   */
  CompletableFuture<CreatedAccessKey> createAccessKey(
      String serviceAccountId, CreateAccessKeyRequest request);

  /**
   * Returns one access key.
   *
   * @param serviceAccountId the account's id
   * @param accessId the key's access ID
   * @return a future of the key
   */
  CompletableFuture<AccessKey> getAccessKey(String serviceAccountId, String accessId);

  /**
   * Updates an access key.
   *
   * @param serviceAccountId the account's id
   * @param accessId the key's access ID
   * @param request the new state
   * @return a future of the key after the update
   */
  CompletableFuture<AccessKey> updateAccessKey(
      String serviceAccountId, String accessId, UpdateAccessKeyRequest request);

  /**
   * Deletes an access key.
   *
   * @param serviceAccountId the account's id
   * @param accessId the key's access ID
   * @return a future completed when the key is gone
   */
  CompletableFuture<Void> deleteAccessKey(String serviceAccountId, String accessId);
}
