package io.sumoclient.serviceaccounts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of an update-access-key call. The API requires {@code disabled} on every update; the
 * other fields are sent only when set. A key's label cannot be changed. Scope changes can take up
 * to five minutes to apply on the server.
 *
 * @param disabled whether the key is disabled after the update
 * @param corsHeaders at most 20 origins replacing the current list, or {@code null} to keep it
 * @param scopes scope names replacing the current list, or {@code null} to keep it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// Bean Validation's @NotNull states a rule for callers; JSpecify's @Nullable says the record can
// still hold the null that the rule reports. The two are about different things.
@SuppressWarnings("MultipleNullnessAnnotations")
public record UpdateAccessKeyRequest(
    @NotNull @Nullable Boolean disabled,
    @Size(max = 20) @Nullable List<@NotBlank String> corsHeaders,
    @Nullable List<@NotBlank String> scopes) {
  public UpdateAccessKeyRequest {
    corsHeaders = Lists.copyOrNull(corsHeaders);
    scopes = Lists.copyOrNull(scopes);
  }

  /** {@return a request that enables the key and changes nothing else} */
  public static UpdateAccessKeyRequest enable() {
    return new UpdateAccessKeyRequest(false, null, null);
  }

  /** {@return a request that disables the key and changes nothing else} */
  public static UpdateAccessKeyRequest disable() {
    return new UpdateAccessKeyRequest(true, null, null);
  }

  /**
   * Returns a copy with new allowed origins.
   *
   * @param corsHeaders at most 20 origins
   * @return the new request
   */
  public UpdateAccessKeyRequest withCorsHeaders(List<String> corsHeaders) {
    return new UpdateAccessKeyRequest(disabled, corsHeaders, scopes);
  }

  /**
   * Returns a copy with new scopes.
   *
   * @param scopes scope names
   * @return the new request
   */
  public UpdateAccessKeyRequest withScopes(List<String> scopes) {
    return new UpdateAccessKeyRequest(disabled, corsHeaders, scopes);
  }
}
