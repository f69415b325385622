package io.sumoclient.serviceaccounts.autoconfigure;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Checks the rules of {@link SumoLogicProperties} that span fields or need the client's parser. */
@Documented
@Constraint(validatedBy = SumoLogicPropertiesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSumoLogicProperties {
  /**
   * Returns the message used when no more specific one applies.
   *
   * @return the message
   */
  String message() default "invalid sumologic properties";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
