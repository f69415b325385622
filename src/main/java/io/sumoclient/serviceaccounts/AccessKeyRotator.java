package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.RotationResult.Status;
import io.sumoclient.serviceaccounts.RotationResult.Step;
import io.sumoclient.serviceaccounts.RotationResult.StepResult;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Replaces a service account's access key with a new one, never leaving the account without a
 * working key.
 *
 * <pre>{@code
 * RotationResult result = AccessKeyRotator.of(client).rotate(accountId, oldAccessId);
 * result.keptNewKey().ifPresent(key -> vault.store(key.accessId(), key.secret()));
 * if (!result.succeeded()) {
 *   log.warn("Rotation stopped: {}", result);
 * }
 * }</pre>
 *
 * <p>The steps, in order: read the old key ({@link Step#CHECKED_OLD}); create the new key with the
 * old key's scopes and origins ({@link Step#CREATED_NEW}); confirm it works with the {@link
 * KeyVerifier} ({@link Step#VERIFIED_NEW}); disable the old key ({@link Step#DISABLED_OLD}); and,
 * when asked, delete it ({@link Step#DELETED_OLD}). The first failure stops the rotation, and the
 * {@link RotationResult} says which steps ran. The guarantees:
 *
 * <ul>
 *   <li>The old key is never disabled before the new key exists and, unless verification is {@link
 *       KeyVerifier#NONE}, has been verified.
 *   <li>A failure to read the old key or to create the new one changes nothing. After a {@link
 *       CreateOutcomeUnknownException} a new key may exist; list the account's keys to find out.
 *   <li>A new key that fails verification is deleted again ({@link Step#DELETED_NEW}) and the old
 *       key is left as it was. When that deletion fails too, the result still carries the new key.
 *   <li>When disabling the old key fails, both keys stay enabled; when deleting it fails, it stays
 *       disabled. Either way the result carries the new key and its secret.
 *   <li>An old key that is already disabled is left alone, and the step is {@link Status#SKIPPED}.
 * </ul>
 *
 * <p>{@code rotate} throws only for null arguments: every API failure is reported in the result.
 * Note that Sumo Logic may keep accepting a disabled key for about 15 minutes because of caching.
 * Instances are thread-safe.
 */
public final class AccessKeyRotator {
  private static final String ROTATED = " (rotated ";
  private static final List<Step> MAIN_STEPS =
      List.of(
          Step.CHECKED_OLD,
          Step.CREATED_NEW,
          Step.VERIFIED_NEW,
          Step.DISABLED_OLD,
          Step.DELETED_OLD);

  private final ServiceAccountClient client;
  private final KeyVerifier verifier;
  private final Clock clock;

  private AccessKeyRotator(ServiceAccountClient client, KeyVerifier verifier, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns a rotator whose verification authenticates with the new key against the same endpoint
   * as {@code client} and reads the key back, as {@link KeyVerifier#withNewKey} describes.
   *
   * @param client a client built by {@link ServiceAccountClient#builder()}
   * @return the rotator
   * @throws IllegalArgumentException when the client was not built by this library, so its endpoint
   *     is unknown; use {@link #of(ServiceAccountClient, KeyVerifier)} then
   */
  public static AccessKeyRotator of(ServiceAccountClient client) {
    if (!(client instanceof RealServiceAccountClient real)) {
      throw new IllegalArgumentException(
          "Cannot tell which endpoint this client calls; pass a KeyVerifier");
    }
    return of(client, KeyVerifier.withNewKey(credentials -> sameEndpoint(real, credentials)));
  }

  /**
   * Returns a rotator that confirms new keys with the given verifier.
   *
   * @param client the client that manages the keys
   * @param verifier confirms a new key works, or {@link KeyVerifier#NONE} to skip that step
   * @return the rotator
   */
  public static AccessKeyRotator of(ServiceAccountClient client, KeyVerifier verifier) {
    return new AccessKeyRotator(client, verifier, Clock.systemUTC());
  }

  /**
   * Returns a copy whose default labels take their date from this clock.
   *
   * @param clock the clock; the system's UTC clock by default
   * @return the new rotator
   */
  public AccessKeyRotator withClock(Clock clock) {
    return new AccessKeyRotator(client, verifier, clock);
  }

  /**
   * Rotates a key with {@link RotationOptions#defaults()}.
   *
   * @param serviceAccountId the account that owns the key
   * @param oldAccessId the access ID of the key to replace
   * @return what happened, step by step
   */
  public RotationResult rotate(String serviceAccountId, String oldAccessId) {
    return rotate(serviceAccountId, oldAccessId, RotationOptions.defaults());
  }

  /**
   * Rotates a key.
   *
   * @param serviceAccountId the account that owns the key
   * @param oldAccessId the access ID of the key to replace
   * @param options the new key's label, whether to copy settings and whether to delete the old key
   * @return what happened, step by step
   */
  public RotationResult rotate(
      String serviceAccountId, String oldAccessId, RotationOptions options) {
    Objects.requireNonNull(serviceAccountId, "serviceAccountId");
    Objects.requireNonNull(oldAccessId, "oldAccessId");
    Objects.requireNonNull(options, "options");
    return new Run(serviceAccountId, oldAccessId, options).execute();
  }

  private static ServiceAccountClient sameEndpoint(
      RealServiceAccountClient real, Credentials credentials) {
    return ServiceAccountClient.builder()
        .baseUrl(real.baseUrl().toString())
        .credentials(credentials)
        .build();
  }

  /** One rotation, collecting its steps. */
  private final class Run {
    private final String accountId;
    private final String oldAccessId;
    private final RotationOptions options;
    private final List<StepResult> steps = new ArrayList<>();
    private @Nullable CreatedAccessKey newKey;

    Run(String accountId, String oldAccessId, RotationOptions options) {
      this.accountId = accountId;
      this.oldAccessId = oldAccessId;
      this.options = options;
    }

    RotationResult execute() {
      AccessKey old = checkOld();
      if (old != null) {
        replace(old);
      }
      markUnreached();
      return new RotationResult(accountId, oldAccessId, newKey, steps);
    }

    private void replace(AccessKey old) {
      CreatedAccessKey created = create(old);
      if (created != null && verify(created) && disableOld(old)) {
        deleteOld();
      }
    }

    private @Nullable AccessKey checkOld() {
      try {
        AccessKey old = client.getAccessKey(accountId, oldAccessId);
        done(Step.CHECKED_OLD, oldAccessId + (old.disabled() ? " (disabled)" : " (enabled)"));
        return old;
      } catch (RuntimeException e) {
        failed(Step.CHECKED_OLD, oldAccessId, e);
        return null;
      }
    }

    private @Nullable CreatedAccessKey create(AccessKey old) {
      try {
        newKey = client.createAccessKey(accountId, request(old));
        done(Step.CREATED_NEW, newKey.accessId());
        return newKey;
      } catch (RuntimeException e) {
        failed(Step.CREATED_NEW, "old key " + oldAccessId + " untouched", e);
        return null;
      }
    }

    private boolean verify(CreatedAccessKey created) {
      if (verifier == KeyVerifier.NONE) {
        steps.add(new StepResult(Step.VERIFIED_NEW, Status.SKIPPED, "verification off", null));
        return true;
      }
      RuntimeException failure;
      try {
        if (verifier.works(accountId, created)) {
          done(Step.VERIFIED_NEW, created.accessId());
          return true;
        }
        failure = new IllegalStateException("The verifier rejected " + created.accessId());
      } catch (RuntimeException e) {
        failure = e;
      }
      failed(Step.VERIFIED_NEW, created.accessId() + " does not work", failure);
      deleteNew(created);
      return false;
    }

    private void deleteNew(CreatedAccessKey created) {
      try {
        client.deleteAccessKey(accountId, created.accessId());
        done(Step.DELETED_NEW, created.accessId() + "; old key " + oldAccessId + " untouched");
      } catch (RuntimeException e) {
        failed(Step.DELETED_NEW, created.accessId() + " still exists", e);
      }
    }

    private boolean disableOld(AccessKey old) {
      if (old.disabled()) {
        steps.add(new StepResult(Step.DISABLED_OLD, Status.SKIPPED, "already disabled", null));
        return true;
      }
      try {
        client.updateAccessKey(accountId, oldAccessId, UpdateAccessKeyRequest.disable());
        done(Step.DISABLED_OLD, oldAccessId);
        return true;
      } catch (RuntimeException e) {
        failed(Step.DISABLED_OLD, oldAccessId + " and the new key are both enabled", e);
        return false;
      }
    }

    private void deleteOld() {
      if (!options.deleteOld()) {
        steps.add(new StepResult(Step.DELETED_OLD, Status.SKIPPED, "kept, disabled", null));
        return;
      }
      try {
        client.deleteAccessKey(accountId, oldAccessId);
        done(Step.DELETED_OLD, oldAccessId);
      } catch (RuntimeException e) {
        failed(Step.DELETED_OLD, oldAccessId + " stays, disabled", e);
      }
    }

    private CreateAccessKeyRequest request(AccessKey old) {
      CreateAccessKeyRequest.Builder request = CreateAccessKeyRequest.builder(label(old));
      if (options.copySettings()) {
        if (!old.corsHeaders().isEmpty()) {
          request.corsHeaders(old.corsHeaders());
        }
        if (!old.scopes().isEmpty()) {
          request.scopes(old.scopes());
        }
      }
      return request.build();
    }

    private String label(AccessKey old) {
      String label = options.label();
      if (label != null) {
        return label;
      }
      String base = old.label();
      int at = base.indexOf(ROTATED);
      if (at > 0) {
        base = base.substring(0, at);
      }
      String suffix = ROTATED + LocalDate.now(clock) + ")";
      int room = 128 - suffix.length();
      return (base.length() > room ? base.substring(0, room) : base) + suffix;
    }

    private void markUnreached() {
      for (Step step : MAIN_STEPS) {
        if (steps.stream().noneMatch(s -> s.step() == step)) {
          steps.add(new StepResult(step, Status.NOT_REACHED, "", null));
        }
      }
    }

    private void done(Step step, String detail) {
      steps.add(new StepResult(step, Status.DONE, detail, null));
    }

    private void failed(Step step, String detail, RuntimeException failure) {
      steps.add(new StepResult(step, Status.FAILED, detail, failure));
    }
  }
}
