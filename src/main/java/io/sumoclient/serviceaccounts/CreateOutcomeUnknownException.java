package io.sumoclient.serviceaccounts;

/**
 * A create request may or may not have been processed: it was sent, but the answer was lost or came
 * from a gateway. The client does not repeat it, because a repeat could create a duplicate. List
 * the resources to find out whether it exists before trying again. {@link #getCause()} is the
 * failure that made the outcome unknown.
 */
public final class CreateOutcomeUnknownException extends SumoLogicException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param operation the create operation
   * @param cause the failure after the request was sent
   */
  public CreateOutcomeUnknownException(Operation operation, SumoLogicException cause) {
    super(
        operation,
        operation.operationId()
            + " may or may not have been processed, so it was not repeated; check whether the"
            + " resource exists before trying again. Cause: "
            + cause.getMessage(),
        cause);
  }
}
