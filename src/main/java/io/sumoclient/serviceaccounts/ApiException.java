package io.sumoclient.serviceaccounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status. Subtypes mark the statuses callers usually act on; others
 * (405, 409, 415, ...) arrive as this type.
 *
 * <p>The message reads as one log line: operation, method, path, status, every error code and
 * message, and the request id to quote to Sumo Logic support.
 */
public class ApiException extends SumoLogicException {
  private static final long serialVersionUID = 1L;

  private final transient Details details;

  /**
   * Creates an exception from a failed response.
   *
   * @param details what the response carried
   */
  public ApiException(Details details) {
    super(details.operation(), message(details), null);
    this.details = details;
  }

  /** {@return the HTTP status} */
  public int status() {
    return details.status();
  }

  /** {@return the HTTP method of the failed request} */
  public String method() {
    return details.method();
  }

  /** {@return the path of the failed request, without the query} */
  public String path() {
    return details.path();
  }

  /** {@return every error the body listed, in order; empty when the body had none} */
  public List<ApiError> errors() {
    return details.errors();
  }

  /** {@return the first error code, such as {@code notfound}, when the body had one} */
  public Optional<String> errorCode() {
    return details.errors().stream().findFirst().map(ApiError::code);
  }

  /** {@return the request id the server assigned, when the body carried one} */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId());
  }

  /**
   * Returns the response headers, keyed by lower-case name.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return details.headers();
  }

  /**
   * Returns the first value of a response header.
   *
   * @param name the header name, in any case
   * @return the value, if the header was present
   */
  public Optional<String> header(String name) {
    List<String> values = details.headers().getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    return values.stream().findFirst();
  }

  /** {@return the start of the response body, at most a few kilobytes, secrets redacted} */
  public String bodyExcerpt() {
    return details.bodyExcerpt();
  }

  private static String message(Details d) {
    StringBuilder message = new StringBuilder();
    if (d.operation() != null) {
      message.append(d.operation().operationId()).append(' ');
    }
    message.append(d.method()).append(' ').append(d.path()).append(": HTTP ").append(d.status());
    if (!d.errors().isEmpty()) {
      message.append(' ');
      message.append(d.errors().stream().map(ApiError::toString).collect(Collectors.joining("; ")));
    }
    if (d.requestId() != null) {
      message.append(" (request id ").append(d.requestId()).append(')');
    }
    return message.toString();
  }

  /**
   * What a failed response carried.
   *
   * @param operation the operation, or {@code null} for a call outside the ten operations
   * @param method the HTTP method
   * @param path the request path, without the query
   * @param status the HTTP status
   * @param errors the errors the body listed
   * @param requestId the request id from the body, if any
   * @param headers the response headers, keyed by lower-case name
   * @param bodyExcerpt the start of the body, secrets redacted
   */
  public record Details(
      @Nullable Operation operation,
      String method,
      String path,
      int status,
      List<ApiError> errors,
      @Nullable String requestId,
      Map<String, List<String>> headers,
      String bodyExcerpt) {
    public Details {
      errors = List.copyOf(errors);
      headers = Map.copyOf(headers);
    }
  }
}
