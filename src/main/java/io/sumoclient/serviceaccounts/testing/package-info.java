/**
 * Test support: {@link io.sumoclient.serviceaccounts.testing.SumoLogicEmulator}, an in-process
 * Service Accounts API on a loopback port, and a JUnit Jupiter extension that starts it and injects
 * it or a ready client into tests.
 *
 * <p>The extension needs {@code junit-jupiter-api} on the test class path; the emulator itself
 * needs nothing beyond this library and the JDK.
 */
@NullMarked
package io.sumoclient.serviceaccounts.testing;

import org.jspecify.annotations.NullMarked;
