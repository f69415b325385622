package io.sumoclient.serviceaccounts;

import org.jspecify.annotations.Nullable;

/** Picks the exception type for an error status. */
final class ApiExceptions {
  private ApiExceptions() {}

  static ApiException of(ApiException.Details details, @Nullable String location) {
    int status = details.status();
    if (status >= 300 && status < 400) {
      return new WrongDeploymentException(details, location);
    }
    return switch (status) {
      case 400 -> new BadRequestException(details);
      case 401 -> new UnauthorizedException(details);
      case 403 -> new ForbiddenException(details);
      case 404 -> new NotFoundException(details);
      case 429 -> new RateLimitException(details);
      default -> status >= 500 ? new ServerException(details) : new ApiException(details);
    };
  }
}
