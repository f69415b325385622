package io.sumoclient.serviceaccounts.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the {@link ServiceAccountHealthIndicator}, under the {@code sumologic.health} prefix.
 * They apply to an application's own client bean as well as to the auto-configured one.
 */
@ConfigurationProperties("sumologic.health")
public class SumoLogicHealthProperties {
  /** Whether to register the sumoLogic health indicator. Default false. */
  private boolean enabled;

  /** How long a health result is reused before the API is called again. Default 60s. */
  private Duration cacheTtl = Duration.ofSeconds(60);

  /**
   * Whether a failed check reports DOWN; when false it reports UP with reachable and error details.
   * Default false.
   */
  private boolean affectsStatus;

  /**
   * Returns whether the indicator is registered.
   *
   * @return the flag
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the indicator is registered.
   *
   * @param enabled the flag
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns how long a result is reused.
   *
   * @return the time to live
   */
  public Duration getCacheTtl() {
    return cacheTtl;
  }

  /**
   * Sets how long a result is reused.
   *
   * @param cacheTtl zero or a positive duration; zero calls the API on every check
   */
  public void setCacheTtl(Duration cacheTtl) {
    this.cacheTtl = cacheTtl;
  }

  /**
   * Returns whether a failed check reports DOWN.
   *
   * @return the flag
   */
  public boolean isAffectsStatus() {
    return affectsStatus;
  }

  /**
   * Sets whether a failed check reports DOWN.
   *
   * @param affectsStatus the flag
   */
  public void setAffectsStatus(boolean affectsStatus) {
    this.affectsStatus = affectsStatus;
  }
}
