/**
 * Implementation details: JSON, validation, logging and HTTP helpers. Not API; anything here may
 * change in any release.
 */
@NullMarked
package io.sumoclient.serviceaccounts.internal;

import org.jspecify.annotations.NullMarked;
