package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.internal.UserAgent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Configures and builds a {@link ServiceAccountClient}. Obtain one from {@link
 * ServiceAccountClient#builder()}.
 *
 * <p>A deployment or base URL and credentials are required; there is no default deployment, because
 * calling the wrong one fails. Everything else has a documented default.
 */
public final class ServiceAccountClientBuilder {
  /** Environment variable holding the access ID, as used by Sumo Logic's Terraform provider. */
  public static final String ENV_ACCESS_ID = "SUMOLOGIC_ACCESSID";

  /** Environment variable holding the access key. */
  public static final String ENV_ACCESS_KEY = "SUMOLOGIC_ACCESSKEY";

  /** Environment variable holding a deployment code such as {@code us2}. */
  public static final String ENV_ENVIRONMENT = "SUMOLOGIC_ENVIRONMENT";

  /** Environment variable holding a base URL; it wins over {@link #ENV_ENVIRONMENT}. */
  public static final String ENV_BASE_URL = "SUMOLOGIC_BASE_URL";

  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
  static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(2);

  private @Nullable HttpUrl baseUrl;
  private @Nullable Credentials credentials;
  private @Nullable Duration connectTimeout;
  private @Nullable Duration readTimeout;
  private @Nullable Duration writeTimeout;
  private @Nullable Duration callTimeout;
  private @Nullable OkHttpClient okHttpClient;
  private @Nullable String application;
  private WireLogLevel wireLogLevel = WireLogLevel.BASIC;
  private CallListener listener = CallListener.NONE;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private RateLimit rateLimit = RateLimit.SUMO_LOGIC;
  private Duration deadline = DEFAULT_DEADLINE;
  private TimeSource timeSource = TimeSource.system();
  private final List<Interceptor> interceptors = new ArrayList<>();

  ServiceAccountClientBuilder() {}

  /**
   * Calls the given deployment. Replaces any earlier {@link #baseUrl(String)}.
   *
   * @param deployment the deployment the credentials belong to
   * @return this builder
   */
  public ServiceAccountClientBuilder deployment(Deployment deployment) {
    this.baseUrl = HttpUrl.get(deployment.baseUrl().toString());
    return this;
  }

  /**
   * Calls the deployment named by a code ({@code us2}), API host or API URL.
   *
   * @param deployment the text to parse with {@link Deployment#parse(String)}
   * @return this builder
   * @throws IllegalArgumentException listing the valid codes, when the text names no deployment
   */
  public ServiceAccountClientBuilder deployment(String deployment) {
    return deployment(Deployment.parse(deployment));
  }

  /**
   * Calls a custom base URL, for a deployment this library does not know yet or for a local test
   * server. It includes the API's base path, as in {@code https://api.us2.sumologic.com/api}; a
   * trailing slash makes no difference. It must use https, except on a loopback host. Replaces any
   * earlier {@link #deployment(Deployment)}.
   *
   * @param baseUrl the base URL
   * @return this builder
   * @throws IllegalArgumentException when the URL is malformed, or plain http to another host
   */
  public ServiceAccountClientBuilder baseUrl(String baseUrl) {
    this.baseUrl = Endpoints.parse(baseUrl);
    return this;
  }

  /**
   * Authenticates with these credentials. Required.
   *
   * @param credentials an access ID and key
   * @return this builder
   */
  public ServiceAccountClientBuilder credentials(Credentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    return this;
  }

  /**
   * Authenticates with an access ID and key. Required.
   *
   * @param accessId the access ID
   * @param accessKey the access key
   * @return this builder
   */
  public ServiceAccountClientBuilder credentials(String accessId, String accessKey) {
    return credentials(Credentials.of(accessId, accessKey));
  }

  /**
   * Reads credentials and endpoint from the process environment, using the variables of Sumo
   * Logic's Terraform provider; see {@link #fromEnvironment(Map)}.
   *
   * @return this builder
   */
  public ServiceAccountClientBuilder fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * Reads credentials and endpoint from the given variables: {@value #ENV_ACCESS_ID} and {@value
   * #ENV_ACCESS_KEY} for the credentials, {@value #ENV_BASE_URL} or else {@value #ENV_ENVIRONMENT}
   * for the endpoint. Variables that are absent or blank leave the builder as it was.
   *
   * @param environment the variables
   * @return this builder
   */
  public ServiceAccountClientBuilder fromEnvironment(Map<String, String> environment) {
    String accessId = nonBlank(environment.get(ENV_ACCESS_ID));
    String accessKey = nonBlank(environment.get(ENV_ACCESS_KEY));
    if (accessId != null && accessKey != null) {
      credentials(accessId, accessKey);
    }
    String url = nonBlank(environment.get(ENV_BASE_URL));
    String code = nonBlank(environment.get(ENV_ENVIRONMENT));
    if (url != null) {
      baseUrl(url);
    } else if (code != null) {
      deployment(code);
    }
    return this;
  }

  /**
   * Sets the time allowed to open a connection. Default 10 seconds.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public ServiceAccountClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * Sets the longest wait for data from the server. Default 30 seconds.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public ServiceAccountClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return this;
  }

  /**
   * Sets the longest wait while sending data to the server. Default 30 seconds.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public ServiceAccountClientBuilder writeTimeout(Duration timeout) {
    this.writeTimeout = positive(timeout, "writeTimeout");
    return this;
  }

  /**
   * Sets the limit for one HTTP exchange, from connecting to reading the whole body. Default 60
   * seconds.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public ServiceAccountClientBuilder callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return this;
  }

  /**
   * Uses a caller's OkHttpClient, sharing its connection pool and threads. Its timeouts apply
   * unless set on this builder; redirects are never followed whatever it says. {@link
   * ServiceAccountClient#close()} leaves it open. By default the client creates its own.
   *
   * @param okHttpClient the client to derive from
   * @return this builder
   */
  public ServiceAccountClientBuilder okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
    return this;
  }

  /**
   * Adds an OkHttp application interceptor, run for every HTTP exchange in the order added. None by
   * default.
   *
   * @param interceptor the interceptor
   * @return this builder
   */
  public ServiceAccountClientBuilder addInterceptor(Interceptor interceptor) {
    interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
    return this;
  }

  /**
   * Appends the calling application to the {@code User-Agent} header, which otherwise names only
   * this library, Java and the operating system.
   *
   * @param name the application's name, such as {@code key-rotator}
   * @param version its version, such as {@code 1.4.0}
   * @return this builder
   */
  public ServiceAccountClientBuilder application(String name, String version) {
    if (name.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("application name and version must not be blank");
    }
    this.application = name.strip() + "/" + version.strip();
    return this;
  }

  /**
   * Sets how much of each exchange is logged at DEBUG. Default {@link WireLogLevel#BASIC}.
   *
   * @param level the level
   * @return this builder
   */
  public ServiceAccountClientBuilder wireLogging(WireLogLevel level) {
    this.wireLogLevel = Objects.requireNonNull(level, "level");
    return this;
  }

  /**
   * Receives an event for every call, retry and rate-limit wait, for metrics. None by default.
   *
   * @param listener the listener
   * @return this builder
   */
  public ServiceAccountClientBuilder listener(CallListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Sets when failed attempts are repeated. Default {@link RetryPolicy#DEFAULT}: 4 attempts with
   * jittered exponential backoff; {@link RetryPolicy#NONE} disables retries.
   *
   * @param retryPolicy the policy
   * @return this builder
   */
  public ServiceAccountClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  /**
   * Sets the client-side rate limit. Default {@link RateLimit#SUMO_LOGIC}: 4 requests per second
   * and 10 in flight per access ID across the JVM; {@link RateLimit#NONE} switches it off.
   *
   * @param rateLimit the limit
   * @return this builder
   */
  public ServiceAccountClientBuilder rateLimit(RateLimit rateLimit) {
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    return this;
  }

  /**
   * Sets the time allowed for a whole call: every attempt, rate-limit wait and retry wait. Default
   * 2 minutes. Each attempt is also bounded by {@link #callTimeout(Duration)}.
   *
   * @param deadline a positive duration
   * @return this builder
   */
  public ServiceAccountClientBuilder deadline(Duration deadline) {
    this.deadline = positive(deadline, "deadline");
    return this;
  }

  /**
   * Replaces the clock, sleeps and timers, for tests that must not wait for real. Default {@link
   * TimeSource#system()}.
   *
   * @param timeSource the time source
   * @return this builder
   */
  public ServiceAccountClientBuilder timeSource(TimeSource timeSource) {
    this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
    return this;
  }

  /**
   * Builds the client.
   *
   * @return a client ready for use
   * @throws IllegalStateException when the deployment or the credentials are missing
   */
  public ServiceAccountClient build() {
    HttpUrl url = baseUrl;
    if (url == null) {
      throw new IllegalStateException(
          "No deployment set: call deployment(...) with one of "
              + Deployment.validCodes()
              + ", or baseUrl(...), or set "
              + ENV_ENVIRONMENT
              + " or "
              + ENV_BASE_URL);
    }
    Credentials creds = credentials;
    if (creds == null) {
      throw new IllegalStateException(
          "No credentials set: call credentials(accessId, accessKey), or set "
              + ENV_ACCESS_ID
              + " and "
              + ENV_ACCESS_KEY);
    }
    Transport.Settings settings =
        new Transport.Settings(
            httpClient(),
            url,
            creds,
            UserAgent.of(application),
            wireLogLevel,
            listener,
            retryPolicy,
            rateLimit,
            deadline,
            timeSource,
            okHttpClient == null);
    return new RealServiceAccountClient(new Transport(settings));
  }

  private OkHttpClient httpClient() {
    OkHttpClient.Builder http =
        okHttpClient == null ? defaultHttpClient() : okHttpClient.newBuilder();
    http.followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .addNetworkInterceptor(Exchange.SENT_MARKER);
    if (connectTimeout != null) {
      http.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      http.readTimeout(readTimeout);
    }
    if (writeTimeout != null) {
      http.writeTimeout(writeTimeout);
    }
    if (callTimeout != null) {
      http.callTimeout(callTimeout);
    }
    interceptors.forEach(http::addInterceptor);
    return http.build();
  }

  private static OkHttpClient.Builder defaultHttpClient() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
        .readTimeout(DEFAULT_READ_TIMEOUT)
        .writeTimeout(DEFAULT_WRITE_TIMEOUT)
        .callTimeout(DEFAULT_CALL_TIMEOUT);
  }

  private static Duration positive(Duration timeout, String name) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + timeout);
    }
    return timeout;
  }

  private static @Nullable String nonBlank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
