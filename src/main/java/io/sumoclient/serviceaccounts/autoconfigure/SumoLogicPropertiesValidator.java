package io.sumoclient.serviceaccounts.autoconfigure;

import io.sumoclient.serviceaccounts.Deployment;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Validates {@link SumoLogicProperties} at start-up. Messages name the property and the valid
 * values, and never repeat a configured value.
 *
 * <p>This is a Spring {@link Validator} rather than Bean Validation constraints so that
 * applications without a Bean Validation provider (no {@code spring-boot-starter-validation}) get
 * the same checks instead of a start-up failure for want of a provider.
 */
public final class SumoLogicPropertiesValidator implements Validator {

  static final String VALID_CODES =
      Arrays.stream(Deployment.values()).map(Deployment::code).collect(Collectors.joining(", "));

  /** Creates a validator. */
  public SumoLogicPropertiesValidator() {}

  @Override
  public boolean supports(Class<?> type) {
    return SumoLogicProperties.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    isValid((SumoLogicProperties) target, errors);
  }

  /**
   * Checks every rule, reporting each broken one to {@code ctx}.
   *
   * @param properties the bound properties
   * @param ctx where broken rules go
   * @return whether all rules hold
   */
  boolean isValid(SumoLogicProperties properties, Errors ctx) {
    boolean valid = required(properties.getAccessId(), "accessId", "SUMOLOGIC_ACCESSID", ctx);
    valid &= required(properties.getAccessKey(), "accessKey", "SUMOLOGIC_ACCESSKEY", ctx);
    valid &= endpointValid(properties, ctx);
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

  private static boolean required(
      @Nullable String value, String field, String variable, Errors ctx) {
    if (hasText(value)) {
      return true;
    }
    return violation(ctx, field, "must be set: sumologic." + kebab(field) + " or " + variable);
  }

  private static boolean endpointValid(SumoLogicProperties p, Errors ctx) {
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

  private static boolean baseUrlValid(String baseUrl, Errors ctx) {
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

  private static boolean deploymentValid(String deployment, Errors ctx) {
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

  private static boolean positive(Duration timeout, String field, Errors ctx) {
    if (timeout.isNegative() || timeout.isZero()) {
      return violation(ctx, field, "sumologic." + kebab(field) + " must be positive");
    }
    return true;
  }

  private static boolean retryValid(SumoLogicProperties.Retry retry, Errors ctx) {
    boolean valid = between(retry.getMaxAttempts(), 1, 100, "retry.maxAttempts", ctx);
    valid &= notNegative(retry.getBaseDelay(), "retry.baseDelay", ctx);
    valid &= notNegative(retry.getRateLimitBaseDelay(), "retry.rateLimitBaseDelay", ctx);
    valid &= notNegative(retry.getMaxDelay(), "retry.maxDelay", ctx);
    valid &= notNegative(retry.getMaxRetryAfter(), "retry.maxRetryAfter", ctx);
    return valid;
  }

  private static boolean rateLimitValid(SumoLogicProperties.RateLimit limit, Errors ctx) {
    boolean valid =
        between(limit.getRequestsPerSecond(), 0, 10_000, "rateLimit.requestsPerSecond", ctx);
    valid &= between(limit.getMaxInFlight(), 0, 10_000, "rateLimit.maxInFlight", ctx);
    valid &= notNegative(limit.getMargin(), "rateLimit.margin", ctx);
    return valid;
  }

  private static boolean between(int value, int min, int max, String field, Errors ctx) {
    if (value < min || value > max) {
      return violation(
          ctx, field, "sumologic." + kebab(field) + " must be between " + min + " and " + max);
    }
    return true;
  }

  private static boolean notNegative(Duration value, String field, Errors ctx) {
    if (value.isNegative()) {
      return violation(ctx, field, "sumologic." + kebab(field) + " must not be negative");
    }
    return true;
  }

  private static boolean applicationValid(SumoLogicProperties.Application app, Errors ctx) {
    boolean named = hasText(app.getName());
    if (named == hasText(app.getVersion())) {
      return true;
    }
    return violation(
        ctx,
        named ? "application.version" : "application.name",
        "sumologic.application.name and .version must be set together");
  }

  private static boolean violation(Errors ctx, String field, String message) {
    ctx.rejectValue(field, "invalid", message);
    return false;
  }

  private static String kebab(String field) {
    return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  static boolean hasText(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
