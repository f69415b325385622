package io.sumoclient.serviceaccounts.testing;

import org.jspecify.annotations.Nullable;

/**
 * A service account the emulator deleted, with the options the delete call carried.
 *
 * @param serviceAccountId the deleted account's id
 * @param transferTo the {@code transferTo} query parameter, or {@code null} when absent
 * @param deleteContent whether {@code deleteContent=true} was sent
 */
public record Deletion(
    String serviceAccountId, @Nullable String transferTo, boolean deleteContent) {}
