package io.sumoclient.serviceaccounts.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FaultTest {
  @ParameterizedTest
  @CsvSource({
    "400, bad.request",
    "401, unauthorized",
    "403, forbidden",
    "404, notfound",
    "405, method.unsupported",
    "415, contenttype.invalid",
    "429, rate.limit.exceeded",
    "500, internal.error",
    "502, error",
    "503, service.unavailable"
  })
  void statusFaultCarriesTheCodeThatSuitsItsStatus(int status, String code) {
    Fault fault = Fault.status(status);

    assertThat(fault.kind()).isEqualTo(Fault.Kind.STATUS);
    assertThat(fault.httpStatus()).isEqualTo(status);
    assertThat(fault.code()).isEqualTo(code);
    assertThat(fault.message()).isEqualTo("Injected failure with status " + status + ".");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 399, 600})
  void statusOutsideTheErrorRangeIsRefused(int status) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fault.status(status))
        .withMessageContaining("from 400 to 599, got " + status);
  }

  @Test
  void zeroOrNegativeDelayIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fault.delay(Duration.ZERO))
        .withMessageContaining("positive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fault.delay(Duration.ofMillis(-1)))
        .withMessageContaining("positive");
  }

  @Test
  void eachKindDescribesItself() {
    Fault status = Fault.status(503, "busy", "Try later.");
    Fault delay = Fault.delay(Duration.ofMillis(250));
    Fault drop = Fault.dropConnection();

    assertThat(status).hasToString("Fault[status 503 busy]");
    assertThat(delay).hasToString("Fault[delay PT0.25S]");
    assertThat(delay.delay()).isEqualTo(Duration.ofMillis(250));
    assertThat(drop).hasToString("Fault[drop connection]");
    assertThat(drop.kind()).isEqualTo(Fault.Kind.DROP);
  }
}
