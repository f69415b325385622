package io.sumoclient.serviceaccounts.autoconfigure;

import io.sumoclient.serviceaccounts.Deployment;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link SumoLogicProperties}. Messages name the property and the valid values, and never
 * repeat a configured value.
 */
public final class SumoLogicPropertiesValidator
    implements ConstraintValidator<ValidSumoLogicProperties, SumoLogicProperties> {

  static final String VALID_CODES =
      Arrays.stream(Deployment.values()).map(Deployment::code).collect(Collectors.joining(", "));

  /** Creates a validator; Bean Validation calls this. */
  public SumoLogicPropertiesValidator() {}

  @Override
  public boolean isValid(@Nullable SumoLogicProperties properties, ConstraintValidatorContext ctx) {
    if (properties == null) {
      return true;
    }
    ctx.disableDefaultConstraintViolation();
    boolean valid = endpointValid(properties, ctx);
    valid &= positive(properties.getConnectTimeout(), "connectTimeout", ctx);
    valid &= positive(properties.getReadTimeout(), "readTimeout", ctx);
    valid &= positive(properties.getWriteTimeout(), "writeTimeout", ctx);
    valid &= positive(properties.getCallTimeout(), "callTimeout", ctx);
    valid &= positive(properties.getDeadline(), "deadline", ctx);
    valid &= retryValid(properties.getRetry(), ctx);
    valid &= rateLimitValid(properties.getRateLimit(), ctx);
    valid &= applicationValid(properties.getApplication(), ctx);
    return valid;
  }

  private static boolean endpointValid(SumoLogicProperties p, ConstraintValidatorContext ctx) {
    String baseUrl = p.getBaseUrl();
    String deployment = p.getDeployment();
    if (baseUrl != null && !baseUrl.isBlank()) {
      return baseUrlValid(baseUrl, ctx);
    }
    if (deployment != null && !deployment.isBlank()) {
      return deploymentValid(deployment, ctx);
    }
    return violation(
        ctx,
        "deployment",
        "must be set: sumologic.deployment (one of "
            + VALID_CODES
            + ") or sumologic.base-url, or SUMOLOGIC_ENVIRONMENT or SUMOLOGIC_BASE_URL");
  }

  private static boolean baseUrlValid(String baseUrl, ConstraintValidatorContext ctx) {
    try {
      ServiceAccountClient.builder().baseUrl(baseUrl);
      return true;
    } catch (IllegalArgumentException e) {
      return violation(
          ctx,
          "baseUrl",
          "sumologic.base-url must be an https URL without query, such as"
              + " https://api.us2.sumologic.com/api; plain http only on a loopback host");
    }
  }

  private static boolean deploymentValid(String deployment, ConstraintValidatorContext ctx) {
    try {
      Deployment.parse(deployment);
      return true;
    } catch (IllegalArgumentException e) {
      return violation(
          ctx,
          "deployment",
          "sumologic.deployment must be one of "
              + VALID_CODES
              + " (any case), an API host such as api.us2.sumologic.com, or its URL;"
              + " use sumologic.base-url for a deployment not listed");
    }
  }

  private static boolean positive(Duration timeout, String field, ConstraintValidatorContext ctx) {
    if (timeout.isNegative() || timeout.isZero()) {
      return violation(ctx, field, "sumologic." + kebab(field) + " must be positive");
    }
    return true;
  }

  private static boolean retryValid(
      SumoLogicProperties.Retry retry, ConstraintValidatorContext ctx) {
    boolean valid = between(retry.getMaxAttempts(), 1, 100, "retry.maxAttempts", ctx);
    valid &= notNegative(retry.getBaseDelay(), "retry.baseDelay", ctx);
    valid &= notNegative(retry.getRateLimitBaseDelay(), "retry.rateLimitBaseDelay", ctx);
    valid &= notNegative(retry.getMaxDelay(), "retry.maxDelay", ctx);
    valid &= notNegative(retry.getMaxRetryAfter(), "retry.maxRetryAfter", ctx);
    return valid;
  }

  private static boolean rateLimitValid(
      SumoLogicProperties.RateLimit limit, ConstraintValidatorContext ctx) {
    boolean valid =
        between(limit.getRequestsPerSecond(), 0, 10_000, "rateLimit.requestsPerSecond", ctx);
    valid &= between(limit.getMaxInFlight(), 0, 10_000, "rateLimit.maxInFlight", ctx);
    valid &= notNegative(limit.getMargin(), "rateLimit.margin", ctx);
    return valid;
  }

  private static boolean between(
      int value, int min, int max, String field, ConstraintValidatorContext ctx) {
    if (value < min || value > max) {
      return violation(
          ctx, field, "sumologic." + kebab(field) + " must be between " + min + " and " + max);
    }
    return true;
  }

  private static boolean notNegative(Duration value, String field, ConstraintValidatorContext ctx) {
    if (value.isNegative()) {
      return violation(ctx, field, "sumologic." + kebab(field) + " must not be negative");
    }
    return true;
  }

  private static boolean applicationValid(
      SumoLogicProperties.Application app, ConstraintValidatorContext ctx) {
    boolean named = hasText(app.getName());
    if (named == hasText(app.getVersion())) {
      return true;
    }
    return violation(
        ctx,
        named ? "application.version" : "application.name",
        "sumologic.application.name and .version must be set together");
  }

  private static boolean violation(ConstraintValidatorContext ctx, String field, String message) {
    ctx.buildConstraintViolationWithTemplate(message)
        .addPropertyNode(field)
        .addConstraintViolation();
    return false;
  }

  private static String kebab(String field) {
    return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  static boolean hasText(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
