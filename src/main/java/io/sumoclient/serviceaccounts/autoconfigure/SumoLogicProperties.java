package io.sumoclient.serviceaccounts.autoconfigure;

import io.sumoclient.serviceaccounts.WireLogLevel;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Settings of the auto-configured {@link io.sumoclient.serviceaccounts.ServiceAccountClient}, under
 * the {@code sumologic} prefix. They are validated at start-up: credentials and an endpoint are
 * required. The Terraform provider's variables ({@code SUMOLOGIC_ACCESSID}, {@code
 * SUMOLOGIC_ACCESSKEY}, {@code SUMOLOGIC_ENVIRONMENT}, {@code SUMOLOGIC_BASE_URL}) fill in any of
 * them left unset.
 */
@ConfigurationProperties(SumoLogicProperties.PREFIX)
public class SumoLogicProperties implements Validator {
  /** The prefix of every property. */
  public static final String PREFIX = "sumologic";

  private static final SumoLogicPropertiesValidator VALIDATOR = new SumoLogicPropertiesValidator();

  /** Whether to auto-configure the client. Default true. */
  private boolean enabled = true;

  /**
   * Deployment code (AU, CA, CH, DE, ESC, EU, FED, IN, JP, KR, US1, US2, in any case), API host or
   * API URL. No default; falls back to SUMOLOGIC_ENVIRONMENT. Ignored when base-url is set.
   */
  private @Nullable String deployment;

  /**
   * API base URL including the /api path, for deployments not listed or a local test server. No
   * default; falls back to SUMOLOGIC_BASE_URL. Wins over deployment.
   */
  private @Nullable String baseUrl;

  /** Access ID. Required; no default; falls back to SUMOLOGIC_ACCESSID. */
  private @Nullable String accessId;

  /** Access key, a secret. Required; no default; falls back to SUMOLOGIC_ACCESSKEY. */
  private @Nullable String accessKey;

  /** Time allowed to open a connection. Default 10s. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Longest wait for data from the server. Default 30s. */
  private Duration readTimeout = Duration.ofSeconds(30);

  /** Longest wait while sending data to the server. Default 30s. */
  private Duration writeTimeout = Duration.ofSeconds(30);

  /** Limit for one HTTP exchange, from connecting to reading the whole body. Default 60s. */
  private Duration callTimeout = Duration.ofSeconds(60);

  /**
   * How much of each exchange to log at DEBUG on the io.sumoclient.serviceaccounts.wire logger:
   * none, basic, headers or body. Default basic.
   */
  private WireLogLevel wireLogging = WireLogLevel.BASIC;

  /**
   * Time allowed for a whole call, including every attempt, retry and rate-limit wait. Default 2m.
   */
  private Duration deadline = Duration.ofMinutes(2);

  private final Application application = new Application();

  private final Retry retry = new Retry();

  private final RateLimit rateLimit = new RateLimit();

  /**
   * {@return whether {@code type} is this class, for Spring's binder}
   *
   * @param type the type to check
   */
  @Override
  public boolean supports(Class<?> type) {
    return VALIDATOR.supports(type);
  }

  /**
   * Checks the bound values; Spring's binder calls this at start-up.
   *
   * @param target these properties
   * @param errors where broken rules go
   */
  @Override
  public void validate(Object target, Errors errors) {
    VALIDATOR.validate(target, errors);
  }

  /**
   * Returns whether to auto-configure the client.
   *
   * @return the flag
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether to auto-configure the client.
   *
   * @param enabled the flag
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns the deployment.
   *
   * @return a code, host or URL, or null when unset
   */
  public @Nullable String getDeployment() {
    return deployment;
  }

  /**
   * Sets the deployment.
   *
   * @param deployment a code, host or URL
   */
  public void setDeployment(@Nullable String deployment) {
    this.deployment = deployment;
  }

  /**
   * Returns the base URL.
   *
   * @return the URL, or null when unset
   */
  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL.
   *
   * @param baseUrl the URL, including the /api path
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Returns the access ID.
   *
   * @return the ID, or null when unset
   */
  public @Nullable String getAccessId() {
    return accessId;
  }

  /**
   * Sets the access ID.
   *
   * @param accessId the ID
   */
  public void setAccessId(@Nullable String accessId) {
    this.accessId = accessId;
  }

  /**
   * Returns the access key.
   *
   * @return the secret, or null when unset
   */
  public @Nullable String getAccessKey() {
    return accessKey;
  }

  /**
   * Sets the access key.
   *
   * @param accessKey the secret
   */
  public void setAccessKey(@Nullable String accessKey) {
    this.accessKey = accessKey;
  }

  /**
   * Returns the connect timeout.
   *
   * @return the timeout
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout a positive duration
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * Returns the read timeout.
   *
   * @return the timeout
   */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets the read timeout.
   *
   * @param readTimeout a positive duration
   */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * Returns the write timeout.
   *
   * @return the timeout
   */
  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  /**
   * Sets the write timeout.
   *
   * @param writeTimeout a positive duration
   */
  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  /**
   * Returns the call timeout.
   *
   * @return the timeout
   */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets the call timeout.
   *
   * @param callTimeout a positive duration
   */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /**
   * Returns the wire-logging level.
   *
   * @return the level
   */
  public WireLogLevel getWireLogging() {
    return wireLogging;
  }

  /**
   * Sets the wire-logging level.
   *
   * @param wireLogging the level
   */
  public void setWireLogging(WireLogLevel wireLogging) {
    this.wireLogging = wireLogging;
  }

  /**
   * Returns the deadline of a whole call.
   *
   * @return the deadline
   */
  public Duration getDeadline() {
    return deadline;
  }

  /**
   * Sets the deadline of a whole call.
   *
   * @param deadline a positive duration
   */
  public void setDeadline(Duration deadline) {
    this.deadline = deadline;
  }

  /**
   * Returns the calling application's identity.
   *
   * @return the settings
   */
  public Application getApplication() {
    return application;
  }

  /**
   * Returns the retry settings.
   *
   * @return the settings
   */
  public Retry getRetry() {
    return retry;
  }

  /**
   * Returns the client-side rate-limit settings.
   *
   * @return the settings
   */
  public RateLimit getRateLimit() {
    return rateLimit;
  }

  /** The calling application, appended to the User-Agent header; set both or neither. */
  public static class Application {
    /** Application name appended to the User-Agent header. No default. */
    private @Nullable String name;

    /** Application version appended to the User-Agent header. No default. */
    private @Nullable String version;

    /**
     * Returns the name.
     *
     * @return the name, or null when unset
     */
    public @Nullable String getName() {
      return name;
    }

    /**
     * Sets the name.
     *
     * @param name such as key-rotator
     */
    public void setName(@Nullable String name) {
      this.name = name;
    }

    /**
     * Returns the version.
     *
     * @return the version, or null when unset
     */
    public @Nullable String getVersion() {
      return version;
    }

    /**
     * Sets the version.
     *
     * @param version such as 1.4.0
     */
    public void setVersion(@Nullable String version) {
      this.version = version;
    }
  }

  /**
   * When failed attempts are repeated; see {@link io.sumoclient.serviceaccounts.RetryPolicy} for
   * which failures are retried.
   */
  public static class Retry {
    /**
     * Most attempts per call, including the first, from 1 to 100; 1 disables retries. Default 4.
     */
    private int maxAttempts = 4;

    /** First backoff bound after a failure other than HTTP 429. Default 250ms. */
    private Duration baseDelay = Duration.ofMillis(250);

    /** First backoff bound after HTTP 429 Too Many Requests. Default 1s. */
    private Duration rateLimitBaseDelay = Duration.ofSeconds(1);

    /** Largest computed wait between attempts. Default 10s. */
    private Duration maxDelay = Duration.ofSeconds(10);

    /** Largest wait a Retry-After header can ask for. Default 30s. */
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    /**
     * Returns the attempt limit.
     *
     * @return the most attempts per call
     */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the attempt limit.
     *
     * @param maxAttempts 1 to 100
     */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * Returns the first backoff bound after a failure other than 429.
     *
     * @return the bound
     */
    public Duration getBaseDelay() {
      return baseDelay;
    }

    /**
     * Sets the first backoff bound after a failure other than 429.
     *
     * @param baseDelay a duration, not negative
     */
    public void setBaseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
    }

    /**
     * Returns the first backoff bound after a 429.
     *
     * @return the bound
     */
    public Duration getRateLimitBaseDelay() {
      return rateLimitBaseDelay;
    }

    /**
     * Sets the first backoff bound after a 429.
     *
     * @param rateLimitBaseDelay a duration, not negative
     */
    public void setRateLimitBaseDelay(Duration rateLimitBaseDelay) {
      this.rateLimitBaseDelay = rateLimitBaseDelay;
    }

    /**
     * Returns the largest computed wait.
     *
     * @return the cap
     */
    public Duration getMaxDelay() {
      return maxDelay;
    }

    /**
     * Sets the largest computed wait.
     *
     * @param maxDelay a duration, not negative
     */
    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }

    /**
     * Returns the largest wait a Retry-After header can ask for.
     *
     * @return the cap
     */
    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    /**
     * Sets the largest wait a Retry-After header can ask for.
     *
     * @param maxRetryAfter a duration, not negative
     */
    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }
  }

  /**
   * The client-side rate limit, shared by every client in the JVM with the same access ID and
   * limit.
   */
  public static class RateLimit {
    /** Whether to hold calls back to stay within Sumo Logic's rate limit. Default true. */
    private boolean enabled = true;

    /** Most requests started per second, from 0 to 10000; 0 disables this part. Default 4. */
    private int requestsPerSecond = 4;

    /**
     * Most requests awaiting a response at once, from 0 to 10000; 0 disables this part. Default 10.
     */
    private int maxInFlight = 10;

    /** Extra time added to the one-second window to absorb network jitter. Default 100ms. */
    private Duration margin = Duration.ofMillis(100);

    /**
     * Returns whether the limit is applied.
     *
     * @return the flag
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the limit is applied.
     *
     * @param enabled the flag
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the most requests started per second.
     *
     * @return the limit, or 0 for none
     */
    public int getRequestsPerSecond() {
      return requestsPerSecond;
    }

    /**
     * Sets the most requests started per second.
     *
     * @param requestsPerSecond 0 to 10000
     */
    public void setRequestsPerSecond(int requestsPerSecond) {
      this.requestsPerSecond = requestsPerSecond;
    }

    /**
     * Returns the most requests in flight.
     *
     * @return the limit, or 0 for none
     */
    public int getMaxInFlight() {
      return maxInFlight;
    }

    /**
     * Sets the most requests in flight.
     *
     * @param maxInFlight 0 to 10000
     */
    public void setMaxInFlight(int maxInFlight) {
      this.maxInFlight = maxInFlight;
    }

    /**
     * Returns the margin added to the one-second window.
     *
     * @return the margin
     */
    public Duration getMargin() {
      return margin;
    }

    /**
     * Sets the margin added to the one-second window.
     *
     * @param margin a duration, not negative
     */
    public void setMargin(Duration margin) {
      this.margin = margin;
    }
  }
}
