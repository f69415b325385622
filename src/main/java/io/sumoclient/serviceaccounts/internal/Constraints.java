package io.sumoclient.serviceaccounts.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Checks a record against the Jakarta Bean Validation constraints on its components, without
 * needing a Bean Validation provider.
 *
 * <p>The annotations stay the single statement of each rule: a provider such as Hibernate Validator
 * reads the same ones. This class understands {@code NotNull}, {@code NotBlank}, {@code NotEmpty},
 * {@code Size}, {@code Email} (by its {@code regexp}) and {@code Pattern}, on a component and on
 * the elements of a list component, and refuses any other constraint of that package so that no
 * rule is silently skipped. A constraint of our own (annotated {@link Constraint}) is checked by
 * its one validator, as a provider would.
 */
public final class Constraints {
  private static final ClassValue<List<ComponentRules>> RULES =
      new ClassValue<>() {
        @Override
        protected List<ComponentRules> computeValue(Class<?> type) {
          return rulesOf(type);
        }
      };

  private Constraints() {}

  /**
   * Returns every broken rule of {@code value}, in component order.
   *
   * @param value a record instance
   * @return the violations, each as field path and rule; empty when valid
   */
  public static List<Problem> check(Record value) {
    List<Problem> problems = new ArrayList<>();
    for (ComponentRules rules : RULES.get(value.getClass())) {
      rules.check(value, problems);
    }
    return problems;
  }

  /**
   * Returns the rules {@code type} declares, so callers can reject a record whose constraints this
   * class cannot enforce before it is ever used.
   *
   * @param type a record class
   * @return the number of constrained components
   */
  public static int constrainedComponents(Class<? extends Record> type) {
    return (int) RULES.get(type).stream().filter(ComponentRules::constrained).count();
  }

  private static List<ComponentRules> rulesOf(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components == null) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    List<ComponentRules> all = new ArrayList<>();
    for (RecordComponent component : components) {
      Field field = fieldOf(type, component.getName());
      List<Rule> elementRules = new ArrayList<>();
      AnnotatedType annotated = field.getAnnotatedType();
      if (annotated instanceof AnnotatedParameterizedType parameterized) {
        for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
          elementRules.addAll(rules(argument.getAnnotations()));
        }
      }
      all.add(
          new ComponentRules(
              component, rules(field.getDeclaredAnnotations()), List.copyOf(elementRules)));
    }
    return List.copyOf(all);
  }

  private static Field fieldOf(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Record component without a field: " + name, e);
    }
  }

  private static List<Rule> rules(Annotation[] annotations) {
    List<Rule> rules = new ArrayList<>();
    for (Annotation annotation : annotations) {
      Rule rule = ruleFor(annotation);
      if (rule != null) {
        rules.add(rule);
      }
    }
    return rules;
  }

  private static @Nullable Rule ruleFor(Annotation annotation) {
    if (annotation instanceof NotNull) {
      return new Rule("must not be null", Objects::nonNull);
    }
    if (annotation instanceof NotBlank) {
      return new Rule("must not be blank", v -> v != null && !v.toString().isBlank());
    }
    if (annotation instanceof NotEmpty) {
      return new Rule("must not be empty", v -> v != null && sizeOf(v) > 0);
    }
    if (annotation instanceof Size size) {
      return sizeRule(size.min(), size.max());
    }
    if (annotation instanceof Email email) {
      return patternRule("must be a well-formed email address", "[^@]+@[^@]+", email.regexp());
    }
    if (annotation instanceof Pattern pattern) {
      return patternRule("must match \"" + pattern.regexp() + "\"", pattern.regexp());
    }
    if (annotation.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
      throw new IllegalStateException("Unsupported constraint " + annotation);
    }
    Constraint constraint = annotation.annotationType().getAnnotation(Constraint.class);
    return constraint == null ? null : customRule(annotation, constraint.validatedBy());
  }

  /**
   * A constraint of our own: its one validator, created and initialised as a provider would, and
   * called without a context (the validators of the model do not use one).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Rule customRule(
      Annotation annotation, Class<? extends ConstraintValidator<?, ?>>[] validators) {
    if (validators.length != 1) {
      throw new IllegalStateException("Expected one validator for " + annotation);
    }
    try {
      ConstraintValidator validator = validators[0].getConstructor().newInstance();
      validator.initialize(annotation);
      String message = (String) annotation.annotationType().getMethod("message").invoke(annotation);
      return new Rule(message, v -> validator.isValid(v, null));
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("Cannot use the validator of " + annotation, e);
    }
  }

  private static Rule sizeRule(int min, int max) {
    String rule;
    if (min == 0) {
      rule = "size must be at most " + max;
    } else if (max == Integer.MAX_VALUE) {
      rule = "size must be at least " + min;
    } else {
      rule = "size must be between " + min + " and " + max;
    }
    return new Rule(
        rule,
        v -> {
          if (v == null) {
            return true;
          }
          int size = sizeOf(v);
          return size >= min && size <= max;
        });
  }

  private static Rule patternRule(String rule, String... regexps) {
    List<java.util.regex.Pattern> all =
        Stream.of(regexps).map(java.util.regex.Pattern::compile).toList();
    return new Rule(
        rule, v -> v == null || all.stream().allMatch(p -> p.matcher(v.toString()).matches()));
  }

  private static int sizeOf(Object value) {
    if (value instanceof Collection<?> collection) {
      return collection.size();
    }
    return value.toString().length();
  }

  /**
   * One broken rule.
   *
   * @param field the field path, such as {@code roleIds[2]}
   * @param rule what the field must satisfy
   */
  public record Problem(String field, String rule) {}

  private record Rule(String description, Predicate<@Nullable Object> test) {}

  private record ComponentRules(
      RecordComponent component, List<Rule> valueRules, List<Rule> elementRules) {

    boolean constrained() {
      return !valueRules.isEmpty() || !elementRules.isEmpty();
    }

    void check(Record record, List<Problem> problems) {
      Object value = read(record);
      String name = component.getName();
      for (Rule rule : valueRules) {
        if (!rule.test().test(value)) {
          problems.add(new Problem(name, rule.description()));
        }
      }
      if (value instanceof List<?> list && !elementRules.isEmpty()) {
        for (int i = 0; i < list.size(); i++) {
          Object element = list.get(i);
          for (Rule rule : elementRules) {
            if (!rule.test().test(element)) {
              problems.add(new Problem(name + "[" + i + "]", rule.description()));
            }
          }
        }
      }
    }

    private @Nullable Object read(Record record) {
      try {
        return component.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
    }
  }
}
