package io.sumoclient.serviceaccounts;

import java.io.IOException;

/**
 * No usable response arrived: the connection failed, timed out or was reset. The server may or may
 * not have processed the request.
 */
public final class TransportException extends SumoLogicException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param operation the operation under way
   * @param message what happened
   * @param cause the I/O failure
   */
  public TransportException(Operation operation, String message, IOException cause) {
    super(operation, message, cause);
  }
}
