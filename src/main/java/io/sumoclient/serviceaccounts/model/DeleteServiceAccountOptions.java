package io.sumoclient.serviceaccounts.model;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What happens to a deleted service account's content.
 *
 * <p>By default ({@link #transferToCaller()}) the content moves to the calling user.
 *
 * @param transferTo identifier of the user or service account that receives the content, or {@code
 *     null} for the calling user
 * @param deleteContent {@code true} to delete the content for good instead of transferring it
 */
public record DeleteServiceAccountOptions(
    @Size(min = 1) @Nullable String transferTo, boolean deleteContent) {

  /** {@return the default: the content moves to the calling user} */
  public static DeleteServiceAccountOptions transferToCaller() {
    return new DeleteServiceAccountOptions(null, false);
  }

  /**
   * Returns options that move the content to the given user or service account.
   *
   * @param id identifier of the receiving user or service account
   * @return the options
   */
  public static DeleteServiceAccountOptions transferTo(String id) {
    return new DeleteServiceAccountOptions(id, false);
  }

  /** {@return options that delete the account's content permanently} It cannot be recovered. */
  public static DeleteServiceAccountOptions deleteContentPermanently() {
    return new DeleteServiceAccountOptions(null, true);
  }
}
