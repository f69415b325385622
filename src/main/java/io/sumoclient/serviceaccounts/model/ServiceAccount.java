package io.sumoclient.serviceaccounts.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A service account as the API returns it.
 *
 * @param id opaque identifier, for example {@code 000000000FE20FE2}
 * @param name display name
 * @param email contact address
 * @param roleIds identifiers of the roles granted to the account; empty when none
 * @param active whether the account is active, or {@code null} when the server did not say
 * @param createdAt creation time
 * @param createdBy identifier of the creating user
 * @param modifiedAt last modification time
 * @param modifiedBy identifier of the last modifying user
 */
public record ServiceAccount(
    String id,
    String name,
    String email,
    @JsonDeserialize(contentUsing = SharedStrings.class) List<String> roleIds,
    @JsonProperty("isActive") @Nullable Boolean active,
    @Nullable Instant createdAt,
    @JsonDeserialize(using = SharedStrings.class) @Nullable String createdBy,
    @Nullable Instant modifiedAt,
    @JsonDeserialize(using = SharedStrings.class) @Nullable String modifiedBy) {
  public ServiceAccount {
    roleIds = Lists.copyOrEmpty(roleIds);
  }
}
