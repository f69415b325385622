package io.sumoclient.serviceaccounts.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the emulator received it, before any fault or check was applied.
 *
 * @param method the HTTP method, such as {@code PUT}
 * @param path the path as sent, still percent-encoded, such as {@code /api/v1/serviceAccounts}
 * @param query the query as sent, without {@code ?}; empty when there was none
 * @param headers the headers, keyed by lower-case name
 * @param body the body as UTF-8 text; empty when there was none
 */
public record RecordedRequest(
    String method, String path, String query, Map<String, List<String>> headers, String body) {

  /**
   * Copies the headers.
   *
   * @param method the HTTP method
   * @param path the percent-encoded path
   * @param query the query without {@code ?}, or empty
   * @param headers the headers, keyed by lower-case name
   * @param body the body text, or empty
   */
  public RecordedRequest {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = Map.copyOf(copy);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, if the header was sent
   */
  public Optional<String> header(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
  }

  /**
   * Returns the first value of a query parameter, percent-decoded.
   *
   * @param name the parameter name
   * @return the value, if the parameter was sent
   */
  public Optional<String> queryParameter(String name) {
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (!pair.isEmpty() && key.equals(name)) {
        return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    return Optional.empty();
  }

  /** Shows the request line and headers with the {@code Authorization} value masked. */
  @Override
  public String toString() {
    Map<String, List<String>> shown = new LinkedHashMap<>(headers);
    shown.computeIfPresent("authorization", (name, values) -> List.of("<redacted>"));
    String target = query.isEmpty() ? path : path + "?" + query;
    return "RecordedRequest[" + method + " " + target + ", headers=" + shown + "]";
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
