package io.sumoclient.serviceaccounts.autoconfigure;

import io.sumoclient.serviceaccounts.ApiException;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Checks that the API answers and accepts the credentials by listing service accounts, one cheap
 * authenticated call, and reuses the result for a while so that health probes do not eat into the
 * API's rate limit.
 *
 * <p>A failure reports UP, with {@code reachable}, {@code status}, {@code errorCode} and {@code
 * error} details, unless it is configured to affect the status, when it reports DOWN. Details never
 * include credentials or exception messages.
 */
public final class ServiceAccountHealthIndicator implements HealthIndicator {
  private final ServiceAccountClient client;
  private final String deployment;
  private final Duration cacheTtl;
  private final boolean affectsStatus;
  private final Clock clock;
  private @Nullable Health cached;
  private Instant expires = Instant.MIN;

  /**
   * Creates an indicator.
   *
   * @param client the client to check
   * @param deployment the deployment code, or {@code custom}, reported as a detail
   * @param cacheTtl how long a result is reused; zero checks every time
   * @param affectsStatus whether a failure reports DOWN rather than UP
   * @throws IllegalArgumentException when {@code cacheTtl} is negative
   */
  public ServiceAccountHealthIndicator(
      ServiceAccountClient client, String deployment, Duration cacheTtl, boolean affectsStatus) {
    this(client, deployment, cacheTtl, affectsStatus, Clock.systemUTC());
  }

  ServiceAccountHealthIndicator(
      ServiceAccountClient client,
      String deployment,
      Duration cacheTtl,
      boolean affectsStatus,
      Clock clock) {
    if (cacheTtl.isNegative()) {
      throw new IllegalArgumentException("sumologic.health.cache-ttl must not be negative");
    }
    this.client = client;
    this.deployment = deployment;
    this.cacheTtl = cacheTtl;
    this.affectsStatus = affectsStatus;
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    Health health = cached;
    if (health == null || !now.isBefore(expires)) {
      health = check();
      cached = health;
      expires = now.plus(cacheTtl);
    }
    return health;
  }

  private Health check() {
    try {
      int accounts = client.listServiceAccounts().size();
      return Health.up()
          .withDetail("deployment", deployment)
          .withDetail("reachable", true)
          .withDetail("serviceAccounts", accounts)
          .build();
    } catch (ApiException e) {
      return failure(true, e)
          .withDetail("status", e.status())
          .withDetail("errorCode", e.errorCode().orElse("none"))
          .build();
    } catch (RuntimeException e) {
      return failure(false, e).build();
    }
  }

  private Health.Builder failure(boolean reachable, RuntimeException e) {
    Health.Builder builder = affectsStatus ? Health.down() : Health.up();
    return builder
        .withDetail("deployment", deployment)
        .withDetail("reachable", reachable)
        .withDetail("error", e.getClass().getSimpleName());
  }
}
