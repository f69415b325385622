package io.sumoclient.serviceaccounts;

import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The API redirected the call, which Sumo Logic does when the credentials belong to another
 * deployment, and the client did not follow: the target was not an https Sumo Logic API host, or
 * the call had already been redirected once. Configure the deployment this exception names.
 */
public final class WrongDeploymentException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String location;

  /**
   * Creates an exception from a redirect.
   *
   * @param details what the response carried
   * @param location the {@code Location} header, or {@code null} when absent
   */
  public WrongDeploymentException(Details details, @Nullable String location) {
    super(details);
    this.location = location;
  }

  /** {@return the {@code Location} the server named, if any} */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  /** {@return the deployment the {@code Location} points at, if it is a known API host} */
  public Optional<Deployment> deployment() {
    return location().map(HttpUrl::parse).flatMap(url -> Deployment.fromHost(url.host()));
  }

  @Override
  public String getMessage() {
    if (location == null) {
      return super.getMessage();
    }
    String target =
        deployment().map(d -> "deployment " + d.code() + " at " + location).orElse(location);
    return super.getMessage()
        + "; redirected to "
        + target
        + ", not followed: a call follows one redirect, and only to an https Sumo Logic API host";
  }
}
