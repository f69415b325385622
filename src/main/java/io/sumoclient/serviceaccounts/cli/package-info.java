/**
 * A command-line tool over the client: one subcommand per API operation, key rotation, and a demo
 * against the embedded emulator. Run {@link io.sumoclient.serviceaccounts.cli.Main} with {@code
 * --help}.
 */
@NullMarked
package io.sumoclient.serviceaccounts.cli;

import org.jspecify.annotations.NullMarked;
