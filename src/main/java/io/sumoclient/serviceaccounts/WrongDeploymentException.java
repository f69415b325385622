package io.sumoclient.serviceaccounts;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API redirected the call, which Sumo Logic does when the credentials belong to another
 * deployment. The client never follows a redirect blindly; configure the deployment this exception
 * names instead.
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
    return location().flatMap(Deployment::tryParse);
  }

  @Override
  public String getMessage() {
    String hint =
        deployment()
            .map(d -> "; the credentials belong to deployment " + d.code())
            .orElse(location == null ? "" : "; redirected to " + location);
    return super.getMessage() + hint;
  }
}
