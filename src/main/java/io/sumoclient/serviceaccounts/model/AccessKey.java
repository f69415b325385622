package io.sumoclient.serviceaccounts.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An access key of a service account, without its secret.
 *
 * @param id the access ID, for example {@code su0w3Q37CBzHUM}
 * @param label the key's name; it cannot be changed after creation
 * @param corsHeaders origins the key accepts requests from; empty when any request without an
 *     {@code Origin} header is accepted
 * @param disabled whether the key is disabled
 * @param createdAt creation time
 * @param createdBy identifier of the creating user
 * @param modifiedAt last modification time
 * @param modifiedBy identifier of the last modifying user
 * @param serviceAccountId identifier of the owning service account, when the server sends it
 * @param lastUsed last use, when the server sends it
 * @param scopes scopes assigned to the key; empty when none were assigned
 * @param effectiveScopes scopes in effect after intersecting with the owner's capabilities
 */
public record AccessKey(
    String id,
    String label,
    List<String> corsHeaders,
    boolean disabled,
    @Nullable Instant createdAt,
    @JsonDeserialize(using = SharedStrings.class) @Nullable String createdBy,
    @Nullable Instant modifiedAt,
    @JsonDeserialize(using = SharedStrings.class) @Nullable String modifiedBy,
    @JsonDeserialize(using = SharedStrings.class) @Nullable String serviceAccountId,
    @Nullable Instant lastUsed,
    @JsonDeserialize(contentUsing = SharedStrings.class) List<String> scopes,
    @JsonDeserialize(contentUsing = SharedStrings.class) List<String> effectiveScopes) {
  public AccessKey {
    corsHeaders = Lists.copyOrEmpty(corsHeaders);
    scopes = Lists.copyOrEmpty(scopes);
    effectiveScopes = Lists.copyOrEmpty(effectiveScopes);
  }
}
