package io.sumoclient.serviceaccounts.testing;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the emulator plays instead of, or before, its normal answer. Queue faults with {@link
 * SumoLogicEmulator#failNext(int, Fault)}; each call to the emulator consumes one.
 */
public final class Fault {
  enum Kind {
    STATUS,
    DELAY,
    DROP
  }

  private final Kind kind;
  private final int status;
  private final String code;
  private final String message;
  private final Duration delay;

  private Fault(Kind kind, int status, String code, String message, Duration delay) {
    this.kind = kind;
    this.status = status;
    this.code = code;
    this.message = message;
    this.delay = delay;
  }

  /**
   * Answers with a status and a Sumo Logic error body whose code suits the status: {@code
   * internal.error} for 500, {@code service.unavailable} for 503, {@code rate.limit.exceeded} for
   * 429, and so on.
   *
   * @param status an HTTP status from 400 to 599
   * @return the fault
   */
  public static Fault status(int status) {
    return status(status, codeFor(status), "Injected failure with status " + status + ".");
  }

  /**
   * Answers with a status and a Sumo Logic error body carrying the given code and message.
   *
   * @param status an HTTP status from 400 to 599
   * @param code the error code, such as {@code internal.error}
   * @param message the error message
   * @return the fault
   */
  public static Fault status(int status, String code, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be from 400 to 599, got " + status);
    }
    return new Fault(
        Kind.STATUS,
        status,
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(message, "message"),
        Duration.ZERO);
  }

  /**
   * Waits before answering normally, holding the request in flight.
   *
   * @param delay a positive duration
   * @return the fault
   */
  public static Fault delay(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("delay must be positive, got " + delay);
    }
    return new Fault(Kind.DELAY, 0, "", "", delay);
  }

  /**
   * Closes the connection without sending any response, as a crashed proxy would. When this happens
   * on a reused connection, OkHttp retries once on a new one by itself; queue the fault twice to
   * fail the call whatever the connection.
   *
   * @return the fault
   */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP, 0, "", "", Duration.ZERO);
  }

  Kind kind() {
    return kind;
  }

  int httpStatus() {
    return status;
  }

  String code() {
    return code;
  }

  String message() {
    return message;
  }

  Duration delay() {
    return delay;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case STATUS -> "Fault[status " + status + " " + code + "]";
      case DELAY -> "Fault[delay " + delay + "]";
      case DROP -> "Fault[drop connection]";
    };
  }

  private static String codeFor(int status) {
    return switch (status) {
      case 400 -> "bad.request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "notfound";
      case 405 -> "method.unsupported";
      case 415 -> "contenttype.invalid";
      case 429 -> "rate.limit.exceeded";
      case 500 -> "internal.error";
      case 503 -> "service.unavailable";
      default -> "error";
    };
  }
}
