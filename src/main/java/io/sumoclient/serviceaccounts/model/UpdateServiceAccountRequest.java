package io.sumoclient.serviceaccounts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of an update-service-account call. Only the fields that are set are sent, so the server
 * keeps whatever this request does not mention. Build one with {@link #builder()}.
 *
 * @param name new display name, 1 to 128 characters, or {@code null} to keep it
 * @param email new contact address of at most 255 characters, or {@code null} to keep it
 * @param active {@code false} to deactivate the account (and its keys), {@code true} to reactivate
 *     it, or {@code null} to keep it
 * @param roleIds the complete new list of role identifiers, or {@code null} to keep it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateServiceAccountRequest(
    @Size(min = 1, max = 128) @Nullable String name,
    @EmailAddress @Size(max = 255) @Nullable String email,
    @JsonProperty("isActive") @Nullable Boolean active,
    @Nullable List<@NotBlank String> roleIds) {
  public UpdateServiceAccountRequest {
    roleIds = Lists.copyOrNull(roleIds);
  }

  /** {@return a builder with no field set} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UpdateServiceAccountRequest}; every field starts unset. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String email;
    private @Nullable Boolean active;
    private @Nullable List<String> roleIds;

    private Builder() {}

    /**
     * Sets a new display name.
     *
     * @param name 1 to 128 characters
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets a new contact address.
     *
     * @param email a valid address of at most 255 characters
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Activates or deactivates the account. Deactivating it also deactivates its access keys.
     *
     * @param active the new state
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /**
     * Replaces the account's roles.
     *
     * @param roleIds the complete new list of role identifiers
     * @return this builder
     */
    public Builder roleIds(List<String> roleIds) {
      this.roleIds = roleIds;
      return this;
    }

    /** {@return the request} */
    public UpdateServiceAccountRequest build() {
      return new UpdateServiceAccountRequest(name, email, active, roleIds);
    }
  }
}
