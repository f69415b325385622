package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a key rotation did, step by step. {@link #toString()} never shows the new key's secret.
 *
 * @param serviceAccountId the account whose key was rotated
 * @param oldAccessId the access ID of the key being replaced
 * @param newKey the new key and its secret, or {@code null} when none was created
 * @param steps every step in the order it ran, each with its outcome, then those never reached
 */
public record RotationResult(
    String serviceAccountId,
    String oldAccessId,
    @Nullable CreatedAccessKey newKey,
    List<StepResult> steps) {

  /**
   * Copies the steps.
   *
   * @throws NullPointerException when an argument other than {@code newKey} is null
   */
  public RotationResult {
    Objects.requireNonNull(serviceAccountId, "serviceAccountId");
    Objects.requireNonNull(oldAccessId, "oldAccessId");
    steps = List.copyOf(steps);
  }

  /** {@return whether no step failed} The old key is then disabled (or deleted, when asked). */
  public boolean succeeded() {
    return steps.stream().noneMatch(s -> s.status() == Status.FAILED);
  }

  /**
   * Returns the outcome of one step.
   *
   * @param step the step
   * @return its status, {@link Status#NOT_REACHED} when it never ran
   */
  public Status status(Step step) {
    return steps.stream()
        .filter(s -> s.step() == step)
        .map(StepResult::status)
        .findFirst()
        .orElse(Status.NOT_REACHED);
  }

  /** {@return the first failure, when a step failed} */
  public Optional<RuntimeException> failure() {
    return steps.stream().map(StepResult::failure).filter(Objects::nonNull).findFirst();
  }

  /**
   * {@return the new key when it still exists at the end: created, and not deleted again after a
   * failed verification}
   */
  public Optional<CreatedAccessKey> keptNewKey() {
    return status(Step.DELETED_NEW) == Status.DONE ? Optional.empty() : Optional.ofNullable(newKey);
  }

  /** The steps of a rotation, in the order they can run. */
  public enum Step {
    /** Read the old key, to check it belongs to the account and to copy its settings. */
    CHECKED_OLD,
    /** Created the new key. */
    CREATED_NEW,
    /** Confirmed the new key works, with the {@link KeyVerifier}. */
    VERIFIED_NEW,
    /** Disabled the old key. */
    DISABLED_OLD,
    /** Deleted the old key. */
    DELETED_OLD,
    /** Deleted the new key again, because it failed verification. */
    DELETED_NEW
  }

  /** The outcome of a step. */
  public enum Status {
    /** The step ran and succeeded. */
    DONE,
    /** The step ran and failed; later steps did not run, except a clean-up. */
    FAILED,
    /** The step was not needed: switched off, or already the case. */
    SKIPPED,
    /** The step never ran because an earlier one failed. */
    NOT_REACHED
  }

  /**
   * One step and its outcome.
   *
   * @param step the step
   * @param status the outcome
   * @param detail a short description, such as the access ID acted on or the reason for a skip
   * @param failure what went wrong, for a failed step
   */
  public record StepResult(
      Step step, Status status, String detail, @Nullable RuntimeException failure) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException when an argument other than {@code failure} is null
     */
    public StepResult {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
