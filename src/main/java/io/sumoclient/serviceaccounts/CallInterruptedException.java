package io.sumoclient.serviceaccounts;

/**
 * The call stopped because the calling thread was interrupted or its future was cancelled. The
 * thread's interrupt flag is set again before this is thrown. A create may or may not have been
 * processed if the request was already sent.
 */
public final class CallInterruptedException extends SumoLogicException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param operation the operation that was stopped
   * @param cause the interruption, or {@code null}
   */
  public CallInterruptedException(
      Operation operation, @org.jspecify.annotations.Nullable Throwable cause) {
    super(operation, operation.operationId() + " was interrupted or cancelled", cause);
  }
}
