package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import java.util.Objects;
import java.util.function.Function;

/**
 * Confirms that a newly created access key works, before {@link AccessKeyRotator} disables the old
 * one. Returning {@code false} or throwing fails the verification.
 */
@FunctionalInterface
public interface KeyVerifier {

  /** Skips verification: the rotator records the step as skipped and goes on. */
  KeyVerifier NONE = (serviceAccountId, newKey) -> true;

  /**
   * Checks a new key.
   *
   * @param serviceAccountId the account that owns the key
   * @param newKey the new key and its secret
   * @return whether the key works
   */
  boolean works(String serviceAccountId, CreatedAccessKey newKey);

  /**
   * Returns a verifier that authenticates with the new key and reads it back with {@link
   * ServiceAccountClient#getAccessKey(String, String)}: the key works when that call succeeds and
   * reports it enabled. The client is closed after the call.
   *
   * @param clients builds a client for the given credentials, on the same endpoint as the client
   *     that created the key
   * @return the verifier
   */
  static KeyVerifier withNewKey(Function<Credentials, ServiceAccountClient> clients) {
    Objects.requireNonNull(clients, "clients");
    return (serviceAccountId, newKey) -> {
      Credentials credentials = Credentials.of(newKey.accessId(), newKey.secret());
      try (ServiceAccountClient client = clients.apply(credentials)) {
        return !client.getAccessKey(serviceAccountId, newKey.accessId()).disabled();
      }
    };
  }
}
