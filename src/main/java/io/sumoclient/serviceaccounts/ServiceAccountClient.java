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

/**
 * A client for the Sumo Logic Service Accounts API: service accounts and their access keys.
 *
 * <pre>{@code
 * try (ServiceAccountClient client = ServiceAccountClient.builder()
 *     .deployment(Deployment.US2)
 *     .credentials(accessId, accessKey)
 *     .build()) {
 *   ServiceAccount account = client.createServiceAccount(
 *       CreateServiceAccountRequest.of("ci-deployer", "ci@example.com", List.of(roleId)));
 *   CreatedAccessKey key = client.createAccessKey(account.id(),
 *       CreateAccessKeyRequest.builder("ci key").build());
 *   vault.store(key.accessId(), key.secret()); // the secret is returned only once
 * }
 * }</pre>
 *
 * <p>Failed attempts are repeated as {@link RetryPolicy} describes, within one deadline per call;
 * requests are paced by a {@link RateLimit} shared by every client with the same access ID; a
 * redirect to another Sumo Logic deployment is followed with the same method, body and credentials,
 * and remembered. Credentials are never sent to any other host.
 *
 * <p>Every method checks its input first and throws {@link InvalidRequestException}, naming each
 * field and rule, before anything is sent. Failures are {@link SumoLogicException}s. Instances are
 * thread-safe; share one per set of credentials and close it when done.
 */
public interface ServiceAccountClient extends AutoCloseable {

  /** {@return a builder} A deployment (or base URL) and credentials are required. */
  static ServiceAccountClientBuilder builder() {
    return new ServiceAccountClientBuilder();
  }

  /** Lists every service account of the organization. The API does not page this list. */
  List<ServiceAccount> listServiceAccounts();

  /**
   * Creates a service account.
   *
   * @param request name, email and role ids
   * @return the new account
   */
  ServiceAccount createServiceAccount(CreateServiceAccountRequest request);

  /**
   * Returns one service account.
   *
   * @param id the account's id
   * @return the account
   * @throws NotFoundException when no account has this id
   */
  ServiceAccount getServiceAccount(String id);

  /**
   * Updates a service account, changing only the fields {@code request} sets.
   *
   * @param id the account's id
   * @param request the fields to change
   * @return the account after the update
   */
  ServiceAccount updateServiceAccount(String id, UpdateServiceAccountRequest request);

  /**
   * Deletes a service account and its access keys, transferring its content to the calling user.
   *
   * @param id the account's id
   */
  default void deleteServiceAccount(String id) {
    deleteServiceAccount(id, DeleteServiceAccountOptions.transferToCaller());
  }

  /**
   * Deletes a service account and its access keys.
   *
   * @param id the account's id
   * @param options where its content goes, or that it is deleted for good
   */
  void deleteServiceAccount(String id, DeleteServiceAccountOptions options);

  /**
   * Lists the access keys of a service account, without their secrets.
   *
   * @param serviceAccountId the account's id
   * @return the keys
   */
  List<AccessKey> listAccessKeys(String serviceAccountId);

  /**
   * Creates an access key. The result carries the key's secret, which the API returns only here.
   *
   * @param serviceAccountId the account's id
   * @param request label, allowed origins and scopes
   * @return the key and its secret
   */
  CreatedAccessKey createAccessKey(String serviceAccountId, CreateAccessKeyRequest request);

  /**
   * Returns one access key, without its secret.
   *
   * @param serviceAccountId the account's id
   * @param accessId the key's access ID
   * @return the key
   */
  AccessKey getAccessKey(String serviceAccountId, String accessId);

  /**
   * Enables or disables an access key and optionally changes its origins and scopes.
   *
   * @param serviceAccountId the account's id
   * @param accessId the key's access ID
   * @param request the new state
   * @return the key after the update
   */
  AccessKey updateAccessKey(
      String serviceAccountId, String accessId, UpdateAccessKeyRequest request);

  /**
   * Deletes an access key.
   *
   * @param serviceAccountId the account's id
   * @param accessId the key's access ID
   */
  void deleteAccessKey(String serviceAccountId, String accessId);

  /**
   * {@return the same operations, returning futures; it shares this client's connections, limits
   * and lifecycle}
   */
  AsyncServiceAccountClient async();

  /**
   * {@return the deployment this client calls: the configured one, or the one a redirect pointed
   * to; empty for a custom base URL that is not a Sumo Logic API host}
   */
  Optional<Deployment> deployment();

  /**
   * Asks Sumo Logic which deployment these credentials belong to, the way its Terraform provider
   * does: one authenticated {@code HEAD /v1/collectors}. When the API redirects to another
   * deployment, the client remembers it for later calls. Build the client for {@link
   * Deployment#US1} when the deployment is unknown.
   *
   * @return the deployment, or empty when the base URL is not a Sumo Logic API host and did not
   *     redirect
   * @throws UnauthorizedException when the credentials are not accepted
   */
  Optional<Deployment> discoverDeployment();

  /** Releases the connections and threads this client owns. A supplied OkHttpClient is kept. */
  @Override
  void close();
}
