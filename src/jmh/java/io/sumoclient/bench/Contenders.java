package io.sumoclient.bench;

import io.sumoclient.serviceaccounts.RateLimit;
import java.time.Duration;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Builds contenders by name. */
public final class Contenders {
  /** The names JMH's {@code contender} parameter takes. */
  public static final String CLIENT = "client";

  /** The floor. */
  public static final String FLOOR = "floor";

  /** The generated client. */
  public static final String OPENAPI = "openapi";

  /** Spring's RestClient. */
  public static final String SPRING = "spring";

  /** This client with its rate limiter on. */
  public static final String CLIENT_LIMITER = "client+limiter";

  private Contenders() {}

  /**
   * {@return the OkHttpClient the client and the floor share: the client's own defaults (timeouts
   * and a dispatcher allowing 64 calls per host)}
   */
  public static OkHttpClient sharedOkHttp() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(60))
        .build();
  }

  /** {@return the named contender, calling {@code baseUrl}} */
  public static Contender create(String name, String baseUrl, OkHttpClient http) {
    return switch (name) {
      case CLIENT -> new ThisClient(baseUrl, http, RateLimit.NONE);
      case CLIENT_LIMITER -> new ThisClient(baseUrl, http, ThisClient.WIDE_LIMIT);
      case FLOOR -> new Floor(baseUrl, http);
      case OPENAPI -> new OpenApiGenerated(baseUrl);
      case SPRING -> new SpringRestClient(baseUrl);
      default -> throw new IllegalArgumentException("Unknown contender " + name);
    };
  }
}
