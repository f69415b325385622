package io.sumoclient.serviceaccounts.autoconfigure;

import io.sumoclient.serviceaccounts.WireLogLevel;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the auto-configured {@link io.sumoclient.serviceaccounts.ServiceAccountClient}, under
 * the {@code sumologic} prefix. They are validated at start-up: credentials and an endpoint are
 * required. The Terraform provider's variables ({@code SUMOLOGIC_ACCESSID}, {@code
 * SUMOLOGIC_ACCESSKEY}, {@code SUMOLOGIC_ENVIRONMENT}, {@code SUMOLOGIC_BASE_URL}) fill in any of
 * them left unset.
 */
@ConfigurationProperties(SumoLogicProperties.PREFIX)
@Validated
@ValidSumoLogicProperties
public class SumoLogicProperties {
  /** The prefix of every property. */
  public static final String PREFIX = "sumologic";

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
  @NotBlank(message = "must be set: sumologic.access-id or SUMOLOGIC_ACCESSID")
  private @Nullable String accessId;

  /** Access key, a secret. Required; no default; falls back to SUMOLOGIC_ACCESSKEY. */
  @NotBlank(message = "must be set: sumologic.access-key or SUMOLOGIC_ACCESSKEY")
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

  private final Application application = new Application();

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
   * Returns the calling application's identity.
   *
   * @return the settings
   */
  public Application getApplication() {
    return application;
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
}
