package io.sumoclient.serviceaccounts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create-access-key call. Build one with {@link #builder(String)}.
 *
 * @param label the key's name, 1 to 128 characters; it cannot be changed later
 * @param corsHeaders at most 20 origins the key accepts requests from, or {@code null} for none
 * @param scopes scope names such as {@code viewCollectors}, or {@code null} to let the server
 *     decide; names are passed through unchanged, so new scopes work without a client upgrade
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateAccessKeyRequest(
    @NotBlank @Size(max = 128) @Nullable String label,
    @Size(max = 20) @Nullable List<@NotBlank String> corsHeaders,
    @Nullable List<@NotBlank String> scopes) {
  public CreateAccessKeyRequest {
    corsHeaders = Lists.copyOrNull(corsHeaders);
    scopes = Lists.copyOrNull(scopes);
  }

  /**
   * Returns a builder for a key with the given label.
   *
   * @param label the key's name, 1 to 128 characters
   * @return the builder
   */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /** Builds a {@link CreateAccessKeyRequest}. */
  public static final class Builder {
    private final String label;
    private @Nullable List<String> corsHeaders;
    private @Nullable List<String> scopes;

    private Builder(String label) {
      this.label = label;
    }

    /**
     * Restricts the key to requests from these origins.
     *
     * @param corsHeaders at most 20 origins; unset by default
     * @return this builder
     */
    public Builder corsHeaders(List<String> corsHeaders) {
      this.corsHeaders = corsHeaders;
      return this;
    }

    /**
     * Narrows the key to these scopes.
     *
     * @param scopes scope names; unset by default
     * @return this builder
     */
    public Builder scopes(List<String> scopes) {
      this.scopes = scopes;
      return this;
    }

    /** {@return the request} */
    public CreateAccessKeyRequest build() {
      return new CreateAccessKeyRequest(label, corsHeaders, scopes);
    }
  }
}
