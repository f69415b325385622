package io.sumoclient.serviceaccounts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
  /**
   * The rule as regular expressions: the one the model's {@code @Email(regexp = ...)} stated, and
   * the one-{@code @} check {@code @Email} itself makes. The loop must agree with both together.
   */
  private static final Pattern STATED =
      Pattern.compile("^[^@\\s]{1,64}@(?=[^@\\s]{1,255}$)[^@\\s.]+(\\.[^@\\s.]+)+$");

  private static final Pattern ONE_AT = Pattern.compile("[^@]+@[^@]+");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ci-deployer@ops.example.com",
        "a@b.c",
        "first.last+tag@sub.domain.example",
        "x@[127.0.0.1].io",
        "ünï@cödé.example"
      })
  void acceptsWellFormedAddresses(String address) {
    assertThat(EmailAddress.Validator.isAddress(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain",
        "@acme.com",
        "a@",
        "a@acme",
        "a@.acme.com",
        "a@acme.com.",
        "a@acme..com",
        "a@@acme.com",
        "a@b@acme.com",
        "a b@acme.com",
        "a@acme .com",
        "a\t@acme.com",
        "a@acme.com\n"
      })
  void refusesMalformedAddresses(String address) {
    assertThat(EmailAddress.Validator.isAddress(address)).isFalse();
  }

  @Test
  void limitsLocalPartTo64AndDomainTo255Characters() {
    String label = "d".repeat(63) + ".";
    String domain255 = label.repeat(3) + "d".repeat(63);
    String domain256 = label.repeat(3) + "d".repeat(64);

    assertThat(EmailAddress.Validator.isAddress("a".repeat(64) + "@acme.com")).isTrue();
    assertThat(EmailAddress.Validator.isAddress("a".repeat(65) + "@acme.com")).isFalse();
    assertThat(domain255).hasSize(255);
    assertThat(EmailAddress.Validator.isAddress("a@" + domain255)).isTrue();
    assertThat(EmailAddress.Validator.isAddress("a@" + domain256)).isFalse();
  }

  @Test
  void nullIsLeftToNotNull() {
    assertThat(new EmailAddress.Validator().isValid(null, null)).isTrue();
  }

  @Test
  void agreesWithTheRegularExpressionsOnRandomText() {
    Random random = new Random(20261203);
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = randomAddressLike(random);
      boolean expected = STATED.matcher(text).matches() && ONE_AT.matcher(text).matches();
      boolean actual = EmailAddress.Validator.isAddress(text);
      if (expected != actual) {
        disagreements.add(text);
      }
      accepted += actual ? 1 : 0;
    }

    assertThat(disagreements).isEmpty();
    assertThat(accepted).as("both outcomes are exercised").isBetween(20_000, 180_000);
  }

  /** Short strings over an alphabet rich in the characters the rule is about. */
  private static String randomAddressLike(Random random) {
    char[] alphabet = {'a', 'b', '.', '.', '@', ' ', '\t', '-', 'é'};
    int length = random.nextInt(12);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet[random.nextInt(alphabet.length)]);
    }
    if (random.nextBoolean()) {
      text.append(random.nextBoolean() ? "x@y.z" : "@acme.com");
    }
    if (random.nextInt(50) == 0) {
      text.insert(0, "l".repeat(60 + random.nextInt(8)));
    }
    if (random.nextInt(50) == 0) {
      text.append(".").append("d".repeat(240 + random.nextInt(20)));
    }
    return text.toString();
  }
}
