package io.sumoclient.serviceaccounts.model;

import java.util.Objects;

/**
 * A newly created access key and its secret.
 *
 * <p>The server returns the secret once, in the response to the create call; store it before
 * discarding this object. {@link #toString()} never shows it.
 */
public final class CreatedAccessKey {
  private final AccessKey accessKey;
  private final String secret;

  /**
   * Pairs a key with its secret.
   *
   * @param accessKey the key's public fields
   * @param secret the secret the server returned on creation
   */
  public CreatedAccessKey(AccessKey accessKey, String secret) {
    this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
    this.secret = Objects.requireNonNull(secret, "secret");
  }

  /** {@return the key's public fields} */
  public AccessKey accessKey() {
    return accessKey;
  }

  /** {@return the access ID, the user name half of the new credentials} */
  public String accessId() {
    return accessKey.id();
  }

  /** {@return the secret, the password half of the new credentials} Handle it with care. */
  public String secret() {
    return secret;
  }

  @Override
  public String toString() {
    return "CreatedAccessKey[accessKey=" + accessKey + ", secret=<redacted>]";
  }
}
