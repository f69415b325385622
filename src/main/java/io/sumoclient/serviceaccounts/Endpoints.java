package io.sumoclient.serviceaccounts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.HttpUrl;

/** Validates and normalises API base URLs. */
final class Endpoints {
  private Endpoints() {}

  /**
   * Parses a base URL, requiring https except for loopback hosts, and drops trailing slashes so
   * that request paths never contain {@code //}.
   */
  static HttpUrl parse(String baseUrl) {
    HttpUrl url = HttpUrl.parse(baseUrl.trim());
    if (url == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http or https URL, got '" + baseUrl + "'");
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "baseUrl must use https; plain http is allowed only for loopback hosts, got host "
              + url.host());
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment");
    }
    HttpUrl.Builder builder = url.newBuilder().encodedPath("/");
    for (String segment : url.encodedPathSegments()) {
      if (!segment.isEmpty()) {
        builder.addEncodedPathSegment(segment);
      }
    }
    return builder.build();
  }

  static boolean isLoopback(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.equals("localhost") || lower.endsWith(".localhost")) {
      return true;
    }
    if (!lower.matches("[0-9.]+") && !lower.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(lower).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
