package io.sumoclient.serviceaccounts;

/**
 * How much of each exchange the client logs, through SLF4J on the logger {@code
 * io.sumoclient.serviceaccounts.wire}. Lines are written at DEBUG, so they appear only when that
 * logger is enabled at DEBUG or finer. The {@code Authorization} header is always masked and secret
 * fields of JSON bodies are always redacted.
 */
public enum WireLogLevel {
  /** Nothing. */
  NONE,
  /** One line per exchange: operation, method, path, status and duration. The default. */
  BASIC,
  /** {@link #BASIC} plus request and response headers. */
  HEADERS,
  /** {@link #HEADERS} plus request and response bodies, each cut at 64 KiB. */
  BODY
}
