package io.sumoclient.serviceaccounts.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create-service-account call. Every field is required.
 *
 * @param name display name, 1 to 128 characters
 * @param email contact address, a valid address of at most 255 characters
 * @param roleIds identifiers of the roles to grant; may be empty, but not null
 */
// Bean Validation's @NotNull states a rule for callers; JSpecify's @Nullable says the record can
// still hold the null that the rule reports. The two are about different things.
@SuppressWarnings("MultipleNullnessAnnotations")
public record CreateServiceAccountRequest(
    @NotBlank @Size(max = 128) @Nullable String name,
    @NotNull @EmailAddress @Size(max = 255) @Nullable String email,
    @NotNull @Nullable List<@NotBlank String> roleIds) {
  public CreateServiceAccountRequest {
    roleIds = Lists.copyOrNull(roleIds);
  }

  /**
   * Returns a request with the given fields.
   *
   * @param name display name, 1 to 128 characters
   * @param email contact address
   * @param roleIds identifiers of the roles to grant
   * @return the request
   */
  public static CreateServiceAccountRequest of(String name, String email, List<String> roleIds) {
    return new CreateServiceAccountRequest(name, email, roleIds);
  }
}
