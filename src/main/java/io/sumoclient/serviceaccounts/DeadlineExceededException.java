package io.sumoclient.serviceaccounts;

import java.time.Duration;

/**
 * The call's deadline passed before an attempt could be made, for instance while waiting for the
 * client-side rate limiter. Nothing was sent by the attempt that could not start.
 */
public final class DeadlineExceededException extends SumoLogicException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param operation the operation
   * @param deadline the deadline that passed
   */
  public DeadlineExceededException(Operation operation, Duration deadline) {
    super(
        operation,
        operation.operationId() + " could not start within its deadline of " + deadline,
        null);
  }
}
