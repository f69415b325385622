package io.sumoclient.serviceaccounts;

import org.jspecify.annotations.Nullable;

/**
 * How {@link AccessKeyRotator} rotates a key. Start from {@link #defaults()} and change what you
 * need with the {@code with...} methods.
 *
 * @param label the new key's label, 1 to 128 characters, or {@code null} for the old key's label
 *     followed by {@code (rotated YYYY-MM-DD)}, shortened to fit
 * @param copySettings whether the new key gets the old key's scopes and allowed origins ({@code
 *     corsHeaders}); when {@code false} the server's defaults apply
 * @param deleteOld whether the old key is deleted once it is disabled; when {@code false} it stays,
 *     disabled, so that it can be re-enabled if something still needs it
 */
public record RotationOptions(@Nullable String label, boolean copySettings, boolean deleteOld) {
  private static final int MAX_LABEL = 128;

  /**
   * Checks the label.
   *
   * @throws IllegalArgumentException when the label is blank or longer than 128 characters
   */
  public RotationOptions {
    if (label != null && (label.isBlank() || label.length() > MAX_LABEL)) {
      throw new IllegalArgumentException(
          "label must be 1 to " + MAX_LABEL + " characters and not blank");
    }
  }

  /** {@return the defaults: a derived label, settings copied, old key disabled but kept} */
  public static RotationOptions defaults() {
    return new RotationOptions(null, true, false);
  }

  /**
   * Returns a copy with another label for the new key.
   *
   * @param label 1 to 128 characters
   * @return the new options
   */
  public RotationOptions withLabel(String label) {
    return new RotationOptions(label, copySettings, deleteOld);
  }

  /**
   * Returns a copy that does or does not copy scopes and origins from the old key.
   *
   * @param copySettings whether to copy them; default {@code true}
   * @return the new options
   */
  public RotationOptions withCopySettings(boolean copySettings) {
    return new RotationOptions(label, copySettings, deleteOld);
  }

  /**
   * Returns a copy that does or does not delete the old key after disabling it.
   *
   * @param deleteOld whether to delete it; default {@code false}
   * @return the new options
   */
  public RotationOptions withDeleteOld(boolean deleteOld) {
    return new RotationOptions(label, copySettings, deleteOld);
  }
}
