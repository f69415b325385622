package io.sumoclient.serviceaccounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class TimestampsTest {
  /** Jackson's own reading of an {@link Instant}, which the fast path must reproduce. */
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  record Stamp(Instant at) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-18T09:41:27.512Z",
        "2024-03-18T09:41:27Z",
        "2024-03-18T09:41:27.5Z",
        "2024-03-18T09:41:27.123456789Z",
        "2024-02-29T23:59:59.999+05:30",
        "1999-12-31T22:00:00-02:00",
        "2026-12-03T00:00:00+18:00",
        "1970-01-01T00:00:00Z"
      })
  void fastPathAgreesWithJackson(String text) {
    Instant fast = Timestamps.parse(text.toCharArray(), 0, text.length());

    assertThat(fast).isNotNull().isEqualTo(jackson(text));
    assertThat(decode(text)).isEqualTo(fast);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-18T09:41:27.1234567890Z",
        "2024-03-18t09:41:27Z",
        "2024-03-18T09:41:27",
        "2024-03-18T09:41:27.Z",
        "2024-03-18T09:41:27+0100",
        "2024-03-18T09:41:60Z",
        "2024-03-18T24:00:00Z",
        "2024-02-30T09:41:27Z",
        "2024-13-18T09:41:27Z",
        "+12024-03-18T09:41:27Z",
        "2024-03-18 09:41:27Z",
        "not a time at all!!!"
      })
  void otherFormsAreLeftToJackson(String text) {
    Instant fast = Timestamps.parse(text.toCharArray(), 0, text.length());

    assertThat(fast).isNull();
    assertThat(outcome(() -> decode(text))).isEqualTo(outcome(() -> jackson(text)));
  }

  @Test
  void numbersAreLeftToJackson() {
    Stamp stamp = Json.mapper().readValue("{\"at\":1710754887.512}", Stamp.class);

    assertThat(stamp.at()).isEqualTo(Instant.parse("2024-03-18T09:41:27.512Z"));
  }

  @Test
  void readsTheTextWhereTheParserHoldsIt() {
    char[] buffer = "xx2024-03-18T09:41:27.512Zyy".toCharArray();

    Instant instant = Timestamps.parse(buffer, 2, 24);

    assertThat(instant).isEqualTo(Instant.parse("2024-03-18T09:41:27.512Z"));
  }

  @Test
  void agreesWithTheJdkOnRandomInstantsAndOffsets() {
    Random random = new Random(20261203);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(
              random.nextLong(-62_135_510_400L, 253_402_000_000L), random.nextInt(1_000_000_000));
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(73) - 36) * 1_800);
      String pattern = "uuuu-MM-dd'T'HH:mm:ss" + ".SSSSSSSSS".substring(0, random.nextInt(11));
      String text =
          instant
                  .atOffset(offset)
                  .format(
                      DateTimeFormatter.ofPattern(pattern.endsWith(".") ? pattern + "S" : pattern))
              + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
      Instant fast = Timestamps.parse(text.toCharArray(), 0, text.length());
      if (fast == null || !fast.equals(DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from))) {
        disagreements.add(text);
      }
    }

    assertThat(disagreements).isEmpty();
  }

  private static Instant decode(String text) {
    return Json.mapper().readValue("{\"at\":\"" + text + "\"}", Stamp.class).at();
  }

  private static Instant jackson(String text) {
    return PLAIN.readValue("{\"at\":\"" + text + "\"}", Stamp.class).at();
  }

  /** {@return the value, or the kind of failure} */
  private static Object outcome(java.util.function.Supplier<Instant> read) {
    try {
      return read.get();
    } catch (JacksonException e) {
      return JacksonException.class;
    } catch (DateTimeParseException e) {
      return DateTimeParseException.class;
    }
  }

  @Test
  void impossibleDateStillFailsAsBefore() {
    assertThatExceptionOfType(JacksonException.class)
        .isThrownBy(() -> decode("2024-02-30T09:41:27Z"));
  }
}
