/**
 * Spring Boot auto-configuration of a {@link io.sumoclient.serviceaccounts.ServiceAccountClient}
 * bean from {@code sumologic.*} properties, with optional Micrometer metrics and a health
 * indicator. Nothing outside this package depends on Spring.
 */
@NullMarked
package io.sumoclient.serviceaccounts.autoconfigure;

import org.jspecify.annotations.NullMarked;
