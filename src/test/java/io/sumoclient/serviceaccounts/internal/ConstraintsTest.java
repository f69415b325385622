package io.sumoclient.serviceaccounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.sumoclient.serviceaccounts.internal.Constraints.Problem;
import io.sumoclient.serviceaccounts.model.EmailAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule engine on records made for it, beyond the rules the model happens to use. */
class ConstraintsTest {
  record Tags(@NotEmpty List<String> tags) {}

  record Code(@Pattern(regexp = "[A-Z]{3}") String code) {}

  record Counted(@Min(1) int count) {}

  @Retention(RetentionPolicy.RUNTIME)
  @interface Note {}

  record Plain(@Note String note, String other) {}

  record Sized(@Size(max = 2) List<String> items, List<@NotBlank String> names) {}

  record Contact(@EmailAddress String email, List<@EmailAddress String> others) {}

  /** Accepts only text starting with an upper-case letter. */
  public static final class Capitalised implements ConstraintValidator<Title, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || (value.length() > 0 && Character.isUpperCase(value.charAt(0)));
    }
  }

  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = Capitalised.class)
  @interface Title {
    String message() default "must start with a capital";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = {Capitalised.class, Capitalised.class})
  @interface Twice {}

  record Titled(@Title String title) {}

  record Ambiguous(@Twice String title) {}

  @Test
  void notEmptyRefusesNullAndEmptyButAcceptsAnElement() {
    List<Problem> missing = Constraints.check(new Tags(null));
    List<Problem> empty = Constraints.check(new Tags(List.of()));
    List<Problem> one = Constraints.check(new Tags(List.of("a")));

    assertThat(missing).containsExactly(new Problem("tags", "must not be empty"));
    assertThat(empty).containsExactly(new Problem("tags", "must not be empty"));
    assertThat(one).isEmpty();
  }

  @Test
  void patternNamesItsExpression() {
    List<Problem> wrong = Constraints.check(new Code("abc"));
    List<Problem> right = Constraints.check(new Code("ABC"));

    assertThat(wrong).containsExactly(new Problem("code", "must match \"[A-Z]{3}\""));
    assertThat(right).isEmpty();
  }

  @Test
  void unsupportedJakartaConstraintIsRefusedUpFront() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Constraints.constrainedComponents(Counted.class))
        .withMessageContaining("Unsupported constraint")
        .withMessageContaining("Min");
  }

  @Test
  void otherAnnotationsAreNotConstraints() {
    int constrained = Constraints.constrainedComponents(Plain.class);

    assertThat(constrained).isZero();
    assertThat(Constraints.check(new Plain(" ", null))).isEmpty();
  }

  @Test
  void elementRulesAloneMakeAComponentConstrained() {
    Sized sized = new Sized(List.of("a", "b", "c"), List.of("x", " "));

    List<Problem> problems = Constraints.check(sized);

    assertThat(Constraints.constrainedComponents(Sized.class)).isEqualTo(2);
    assertThat(problems)
        .containsExactly(
            new Problem("items", "size must be at most 2"),
            new Problem("names[1]", "must not be blank"));
  }

  @Test
  void customConstraintIsCheckedByItsValidatorWithItsMessage() {
    List<Problem> wrong = Constraints.check(new Titled("lower"));
    List<Problem> right = Constraints.check(new Titled("Upper"));
    List<Problem> absent = Constraints.check(new Titled(null));

    assertThat(wrong).containsExactly(new Problem("title", "must start with a capital"));
    assertThat(right).isEmpty();
    assertThat(absent).isEmpty();
  }

  @Test
  void emailAddressAppliesToComponentsAndListElements() {
    Contact contact = new Contact("no-at-sign", List.of("ok@acme.com", "a@b"));

    List<Problem> problems = Constraints.check(contact);

    assertThat(problems)
        .containsExactly(
            new Problem("email", "must be a well-formed email address"),
            new Problem("others[1]", "must be a well-formed email address"));
  }

  @Test
  void customConstraintWithMoreThanOneValidatorIsRefusedUpFront() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Constraints.constrainedComponents(Ambiguous.class))
        .withMessageContaining("Expected one validator");
  }

  @Test
  void classThatIsNotARecordIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Constraints.constrainedComponents(Record.class))
        .withMessageContaining("java.lang.Record is not a record");
  }
}
