package io.sumoclient.serviceaccounts;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Sumo Logic deployment and its API endpoint.
 *
 * <p>Sumo Logic adds deployments from time to time; a deployment missing here can still be reached
 * with {@link ServiceAccountClientBuilder#baseUrl(String)}.
 */
public enum Deployment {
  /** Asia Pacific (Sydney). */
  AU("Asia Pacific (Sydney)"),
  /** Canada (Central). */
  CA("Canada (Central)"),
  /** Switzerland (Zurich). */
  CH("Switzerland (Zurich)"),
  /** EU (Frankfurt). */
  DE("EU (Frankfurt)"),
  /** AWS European Sovereign Cloud. */
  ESC("AWS European Sovereign Cloud"),
  /** EU (Ireland). */
  EU("EU (Ireland)"),
  /** US East, FedRAMP. */
  FED("US East, FedRAMP"),
  /** Asia Pacific (Mumbai). */
  IN("Asia Pacific (Mumbai)"),
  /** Asia Pacific (Tokyo). */
  JP("Asia Pacific (Tokyo)"),
  /** Asia Pacific (Seoul). */
  KR("Asia Pacific (Seoul)"),
  /** US East (N. Virginia), the original deployment, served from {@code api.sumologic.com}. */
  US1("US East (N. Virginia)"),
  /** US West (Oregon). */
  US2("US West (Oregon)");

  private static final String DOMAIN = ".sumologic.com";

  private final String region;

  Deployment(String region) {
    this.region = region;
  }

  /** {@return the code Sumo Logic uses for this deployment, such as {@code US2}} */
  public String code() {
    return name();
  }

  /** {@return the region this deployment serves, such as {@code US West (Oregon)}} */
  public String region() {
    return region;
  }

  /** {@return the API host, such as {@code api.us2.sumologic.com}} */
  public String apiHost() {
    return this == US1 ? "api" + DOMAIN : "api." + name().toLowerCase(Locale.ROOT) + DOMAIN;
  }

  /** {@return the API base URL, such as {@code https://api.us2.sumologic.com/api}} */
  public URI baseUrl() {
    return URI.create("https://" + apiHost() + "/api");
  }

  /**
   * Parses a deployment from a code ({@code us2}, case-insensitive), an API host name ({@code
   * api.us2.sumologic.com}) or an API URL ({@code https://api.us2.sumologic.com/api/}).
   *
   * @param value the text to parse
   * @return the deployment
   * @throws IllegalArgumentException naming the valid codes, when {@code value} is none of these
   */
  public static Deployment parse(String value) {
    String trimmed = value.trim();
    return tryParse(trimmed)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown Sumo Logic deployment '"
                        + trimmed
                        + "': expected one of "
                        + validCodes()
                        + ", an API host such as api.us2.sumologic.com, or its URL"));
  }

  /**
   * Finds the deployment served by an API host name.
   *
   * @param host a host name such as {@code api.us2.sumologic.com}
   * @return the deployment, or empty when the host is not a known Sumo Logic API host
   */
  public static Optional<Deployment> fromHost(@Nullable String host) {
    if (host == null) {
      return Optional.empty();
    }
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    for (Deployment deployment : values()) {
      if (deployment.apiHost().equals(lower)) {
        return Optional.of(deployment);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #parse(String)}, but empty instead of throwing. */
  static Optional<Deployment> tryParse(String value) {
    String trimmed = value.trim();
    return trimmed.contains(".") || trimmed.contains("/")
        ? fromHost(hostOf(trimmed))
        : fromCode(trimmed);
  }

  /** {@return the valid codes, comma separated, for error messages} */
  static String validCodes() {
    return Arrays.stream(values()).map(Deployment::name).collect(Collectors.joining(", "));
  }

  private static Optional<Deployment> fromCode(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.name().equals(upper)).findFirst();
  }

  private static @Nullable String hostOf(String value) {
    String withScheme = value.contains("://") ? value : "https://" + value;
    try {
      URI uri = new URI(withScheme);
      return "https".equalsIgnoreCase(uri.getScheme()) ? uri.getHost() : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
