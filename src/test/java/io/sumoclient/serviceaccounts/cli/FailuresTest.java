package io.sumoclient.serviceaccounts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sumoclient.serviceaccounts.CallInterruptedException;
import io.sumoclient.serviceaccounts.CreateOutcomeUnknownException;
import io.sumoclient.serviceaccounts.DeadlineExceededException;
import io.sumoclient.serviceaccounts.Operation;
import io.sumoclient.serviceaccounts.ResponseDecodingException;
import io.sumoclient.serviceaccounts.TransportException;
import io.sumoclient.serviceaccounts.internal.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class FailuresTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  static Stream<Arguments> failuresAndTheirExitCodes() {
    Operation op = Operation.LIST_SERVICE_ACCOUNTS;
    TransportException transport =
        new TransportException(op, "connection reset", new IOException("reset"));
    return Stream.of(
        Arguments.of(new UsageException("bad flag"), ExitCode.USAGE),
        Arguments.of(new ResponseDecodingException(op, "bad JSON", 200, "{", null), ExitCode.API),
        Arguments.of(transport, ExitCode.TRANSPORT),
        Arguments.of(new DeadlineExceededException(op, Duration.ofSeconds(1)), ExitCode.TRANSPORT),
        Arguments.of(new CreateOutcomeUnknownException(op, transport), ExitCode.TRANSPORT),
        Arguments.of(new CallInterruptedException(op, null), ExitCode.TRANSPORT),
        Arguments.of(new IllegalStateException("bug"), ExitCode.UNEXPECTED));
  }

  @ParameterizedTest
  @MethodSource("failuresAndTheirExitCodes")
  void eachKindOfFailureHasItsExitCode(RuntimeException failure, int expected) {
    int code = Failures.exitCode(failure);

    assertThat(code).isEqualTo(expected);
  }

  @Test
  void unexpectedFailureNamesItsTypeInText() {
    Session session = session("list-accounts");

    int code = Failures.report(session, new IllegalStateException("bug"));

    assertThat(code).isEqualTo(ExitCode.UNEXPECTED);
    assertThat(err())
        .startsWith("sumo-sa: unexpected error: bug")
        .contains("  type: java.lang.IllegalStateException")
        .doesNotContain("HTTP status");
  }

  @Test
  void transportFailureInJsonHasItsKindAndNoType() {
    Session session = session("list-accounts", "--json");
    Operation op = Operation.LIST_SERVICE_ACCOUNTS;

    int code = Failures.report(session, new DeadlineExceededException(op, Duration.ofSeconds(2)));

    JsonNode body = Json.mapper().readTree(err());
    assertThat(code).isEqualTo(ExitCode.TRANSPORT);
    assertThat(body.get("error").asString()).isEqualTo("transport failure");
    assertThat(body.has("type")).isFalse();
    assertThat(body.has("status")).isFalse();
  }

  private Session session(String... args) {
    Map<String, Option> known = Map.of("--json", Option.flag("--json", "print JSON"));
    return new Session(
        Args.parse(args, known),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(),
        new ByteArrayInputStream(new byte[0]),
        UnaryOperator.identity());
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
