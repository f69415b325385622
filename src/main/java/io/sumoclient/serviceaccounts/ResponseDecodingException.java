package io.sumoclient.serviceaccounts;

import org.jspecify.annotations.Nullable;

/**
 * A success response arrived but its body could not be read as the expected value. The server has
 * processed the request.
 */
public final class ResponseDecodingException extends SumoLogicException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String bodyExcerpt;

  /**
   * Creates an exception.
   *
   * @param operation the operation under way
   * @param message what could not be read
   * @param status the HTTP status of the response
   * @param bodyExcerpt the start of the body, secrets redacted
   * @param cause the decoding failure, or {@code null}
   */
  public ResponseDecodingException(
      Operation operation,
      String message,
      int status,
      String bodyExcerpt,
      @Nullable Throwable cause) {
    super(operation, message, cause);
    this.status = status;
    this.bodyExcerpt = bodyExcerpt;
  }

  /** {@return the HTTP status of the response} */
  public int status() {
    return status;
  }

  /** {@return the start of the body, secrets redacted} */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
