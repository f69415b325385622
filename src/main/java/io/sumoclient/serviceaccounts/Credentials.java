package io.sumoclient.serviceaccounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** An access ID and access key, sent as HTTP Basic credentials. {@link #toString()} masks both. */
public final class Credentials {
  private final String accessId;
  private final String accessKey;

  private Credentials(String accessId, String accessKey) {
    this.accessId = accessId;
    this.accessKey = accessKey;
  }

  /**
   * Returns credentials for an access ID and its key.
   *
   * @param accessId the access ID, the user name of HTTP Basic; not blank
   * @param accessKey the access key, the password of HTTP Basic; not blank
   * @return the credentials
   * @throws IllegalArgumentException naming the blank argument
   */
  public static Credentials of(String accessId, String accessKey) {
    requireText(accessId, "accessId");
    requireText(accessKey, "accessKey");
    return new Credentials(accessId, accessKey);
  }

  /** {@return the access ID} */
  public String accessId() {
    return accessId;
  }

  /** {@return the access key} Never log it. */
  public String accessKey() {
    return accessKey;
  }

  /** {@return the value of the {@code Authorization} header these credentials produce} */
  String basicAuthorization() {
    String pair = accessId + ":" + accessKey;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** {@return the access ID with all but its first four characters masked} */
  String maskedAccessId() {
    int shown = Math.min(4, accessId.length() / 2);
    return accessId.substring(0, shown) + "****";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Credentials that
        && accessId.equals(that.accessId)
        && accessKey.equals(that.accessKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessId, accessKey);
  }

  @Override
  public String toString() {
    return "Credentials[accessId=" + maskedAccessId() + ", accessKey=<redacted>]";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
