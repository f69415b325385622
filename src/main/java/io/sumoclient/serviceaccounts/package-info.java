/** A typed client for the Sumo Logic Service Accounts API. */
@NullMarked
package io.sumoclient.serviceaccounts;

import org.jspecify.annotations.NullMarked;
