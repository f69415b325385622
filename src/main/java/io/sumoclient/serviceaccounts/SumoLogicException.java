package io.sumoclient.serviceaccounts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this client throws. It is unchecked; catch a subtype to act on one
 * kind of failure:
 *
 * <ul>
 *   <li>{@link InvalidRequestException}: the input broke a rule; nothing was sent.
 *   <li>{@link ApiException} and its subtypes: the API answered with an error status.
 *   <li>{@link TransportException}: no usable response arrived (connect, timeout, reset).
 *   <li>{@link ResponseDecodingException}: a success response whose body could not be read.
 * </ul>
 *
 * <p>No message ever contains an access key or an access key's secret.
 */
public class SumoLogicException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Operation operation;
  private transient List<String> attemptFailures = List.of();

  /**
   * Creates an exception.
   *
   * @param operation the operation that failed, or {@code null} when none was under way
   * @param message the message
   * @param cause the cause, or {@code null}
   */
  public SumoLogicException(
      @Nullable Operation operation, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.operation = operation;
  }

  /** {@return the operation that failed, or {@code null} when none was under way} */
  public @Nullable Operation operation() {
    return operation;
  }

  /** {@return how many attempts were made: 0 when nothing was sent, else at least 1} */
  public int attempts() {
    return attemptFailures.isEmpty() && this instanceof InvalidRequestException
        ? 0
        : Math.max(1, attemptFailures.size());
  }

  /**
   * {@return why each attempt failed, in order, such as {@code HTTP 429} or {@code
   * SocketTimeoutException}; empty for a single attempt}
   */
  public List<String> attemptFailures() {
    return attemptFailures.size() > 1 ? attemptFailures : List.of();
  }

  /** Records the failure of every attempt; the last one is this exception. */
  void recordAttempts(List<String> failures) {
    this.attemptFailures = List.copyOf(failures);
  }

  @Override
  public String getMessage() {
    String message = String.valueOf(super.getMessage());
    if (attemptFailures.size() < 2) {
      return message;
    }
    return message
        + " ["
        + attemptFailures.size()
        + " attempts: "
        + String.join(", ", attemptFailures)
        + "]";
  }
}
