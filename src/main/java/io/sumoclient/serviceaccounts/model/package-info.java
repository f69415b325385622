/**
 * Immutable request and response values of the Service Accounts API.
 *
 * <p>Responses decode tolerantly: unknown fields are ignored and optional fields may be missing.
 * Requests carry their rules as Jakarta Bean Validation annotations; the client checks them before
 * anything is sent, with or without a Bean Validation provider on the class path.
 */
@NullMarked
package io.sumoclient.serviceaccounts.model;

import org.jspecify.annotations.NullMarked;
