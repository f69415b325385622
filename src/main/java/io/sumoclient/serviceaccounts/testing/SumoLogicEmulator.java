package io.sumoclient.serviceaccounts.testing;

import com.sun.net.httpserver.HttpServer;
import io.sumoclient.serviceaccounts.Credentials;
import io.sumoclient.serviceaccounts.Deployment;
import io.sumoclient.serviceaccounts.RateLimit;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.ServiceAccountClientBuilder;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Sumo Logic Service Accounts API serving real HTTP on a loopback port, for tests.
 *
 * <pre>{@code
 * try (SumoLogicEmulator emulator = SumoLogicEmulator.start();
 *     ServiceAccountClient client = emulator.newClient()) {
 *   ServiceAccount account = client.createServiceAccount(
 *       CreateServiceAccountRequest.of("ci", "ci@example.com", List.of()));
 *   emulator.failNext(Fault.status(503));
 * }
 * }</pre>
 *
 * <p>It keeps service accounts and access keys in memory and follows the API's contract: the same
 * paths, 200 on create, 204 on delete, Sumo Logic error bodies with request ids, 400 naming each
 * invalid field, 404 for unknown ids and 401 for credentials other than its own. An access key's
 * secret is returned only by its create call. Deleting or deactivating an account deletes or
 * disables its keys. On demand it enforces Sumo Logic's rate limits, plays scripted faults and
 * answers as a wrong deployment would. It records every request it receives.
 *
 * <p>Instances are thread-safe and silent: they log at DEBUG at most, and never credentials.
 * Loading this class sets the system property {@code sun.net.httpserver.nodelay} to {@code true}
 * unless it is already set, so that the JDK's HTTP server answers without Nagle delays.
 */
public final class SumoLogicEmulator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SumoLogicEmulator.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer
    // waits for the client's delayed ACK, about 40 ms. The property is read once, at first use.
    System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
  }

  private final Credentials credentials;
  private final @Nullable RateLimits initialLimits;
  private final String userId;
  private final HttpServer server;
  private final ExecutorService executor;
  private final EmulatorHandler handler;
  private final String baseUrl;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SumoLogicEmulator(Builder builder, Credentials credentials) throws IOException {
    this.credentials = credentials;
    this.initialLimits = builder.rateLimits;
    this.userId = Ids.hexId();
    this.handler =
        new EmulatorHandler(basicAuthorization(credentials), new Directory(builder.clock, userId));
    handler.limiter().limits(initialLimits);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    this.server = HttpServer.create(new InetSocketAddress(loopback, builder.port), 0);
    this.executor = Executors.newCachedThreadPool(SumoLogicEmulator::daemon);
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
    String host = loopback.getHostAddress();
    host = host.contains(":") ? "[" + host + "]" : host;
    this.baseUrl = "http://" + host + ":" + server.getAddress().getPort() + "/api";
    LOG.debug("Sumo Logic emulator listening at {}", baseUrl);
  }

  /**
   * Starts an emulator on a free port with random credentials and no rate limits.
   *
   * @return the running emulator; close it when done
   */
  public static SumoLogicEmulator start() {
    return builder().start();
  }

  /**
   * Returns a builder for an emulator with non-default settings.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the base URL to give a client, such as {@code http://127.0.0.1:50123/api}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the port the emulator listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns the access ID the emulator accepts.
   *
   * @return the access ID
   */
  public String accessId() {
    return credentials.accessId();
  }

  /**
   * Returns the access key the emulator accepts.
   *
   * @return the access key
   */
  public String accessKey() {
    return credentials.accessKey();
  }

  /**
   * Returns the credentials the emulator accepts.
   *
   * @return the credentials
   */
  public Credentials credentials() {
    return credentials;
  }

  /**
   * Returns the id of the user the credentials belong to, which the emulator writes into {@code
   * createdBy} and {@code modifiedBy}.
   *
   * @return a 16-digit hex id
   */
  public String userId() {
    return userId;
  }

  /**
   * Returns a client builder already pointed at this emulator with its credentials, for tests that
   * change other settings such as timeouts.
   *
   * @return the builder
   */
  public ServiceAccountClientBuilder newClientBuilder() {
    return ServiceAccountClient.builder()
        .baseUrl(baseUrl)
        .credentials(credentials)
        .rateLimit(RateLimit.NONE);
  }

  /**
   * Returns a new client for this emulator. Close it when done.
   *
   * @return the client
   */
  public ServiceAccountClient newClient() {
    return newClientBuilder().build();
  }

  /**
   * Returns the Spring Boot properties that point the auto-configured client at this emulator:
   * {@code sumologic.base-url}, {@code sumologic.access-id} and {@code sumologic.access-key}. Feed
   * them to {@code @DynamicPropertySource}:
   *
   * <pre>{@code
   * @DynamicPropertySource
   * static void sumoLogic(DynamicPropertyRegistry registry) {
   *   EMULATOR.springProperties().forEach((name, value) -> registry.add(name, () -> value));
   * }
   * }</pre>
   *
   * @return the properties, by name
   */
  public Map<String, String> springProperties() {
    return Map.of(
        "sumologic.base-url", baseUrl,
        "sumologic.access-id", credentials.accessId(),
        "sumologic.access-key", credentials.accessKey());
  }

  /**
   * Plays a fault on the next call received.
   *
   * @param fault the fault
   */
  public void failNext(Fault fault) {
    failNext(1, fault);
  }

  /**
   * Plays a fault on each of the next {@code times} calls received, after any already queued.
   *
   * @param times how many calls fail, at least 1
   * @param fault the fault
   */
  public void failNext(int times, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got " + times);
    }
    for (int i = 0; i < times; i++) {
      handler.faults().add(fault);
    }
  }

  /** Discards the faults not yet played. */
  public void clearFaults() {
    handler.faults().clear();
  }

  /** Enforces Sumo Logic's rate limits, {@link RateLimits#SUMO_LOGIC}, answering 429 above them. */
  public void enableRateLimits() {
    enableRateLimits(RateLimits.SUMO_LOGIC);
  }

  /**
   * Enforces the given limits, answering 429 with code {@code rate.limit.exceeded} above them.
   *
   * @param limits the limits
   */
  public void enableRateLimits(RateLimits limits) {
    handler.limiter().limits(Objects.requireNonNull(limits, "limits"));
  }

  /** Stops enforcing rate limits. They are off unless the builder or a call turned them on. */
  public void disableRateLimits() {
    handler.limiter().limits(null);
  }

  /**
   * Answers every call with 301 and code {@code moved}, as Sumo Logic does when the credentials
   * belong to another deployment; {@code Location} names the same path on that deployment's API
   * host.
   *
   * @param home the deployment the credentials belong to
   */
  public void simulateWrongDeployment(Deployment home) {
    simulateWrongDeployment(URI.create("https://" + home.apiHost()));
  }

  /**
   * Answers every call with 301 and code {@code moved}, naming the same path on another host.
   *
   * @param host the scheme, host and optional port to redirect to, such as {@code
   *     https://api.us2.sumologic.com}; any path is ignored
   */
  public void simulateWrongDeployment(URI host) {
    if (host.getScheme() == null || host.getRawAuthority() == null) {
      throw new IllegalArgumentException("host must be an absolute URI, got " + host);
    }
    handler.redirectOrigin(host.getScheme() + "://" + host.getRawAuthority());
  }

  /** Answers calls normally again after {@link #simulateWrongDeployment(Deployment)}. */
  public void clearWrongDeployment() {
    handler.redirectOrigin(null);
  }

  /**
   * Returns every request received so far, oldest first, including those answered with a fault.
   *
   * @return a snapshot of the requests
   */
  public List<RecordedRequest> requests() {
    return List.copyOf(handler.requests());
  }

  /**
   * Returns the request received last.
   *
   * @return the request
   * @throws NoSuchElementException when none arrived
   */
  public RecordedRequest lastRequest() {
    List<RecordedRequest> all = requests();
    if (all.isEmpty()) {
      throw new NoSuchElementException("The emulator has received no request");
    }
    return all.get(all.size() - 1);
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    handler.requests().clear();
  }

  /**
   * Returns the service accounts the emulator holds, oldest first.
   *
   * @return a snapshot of the accounts
   */
  public List<ServiceAccount> serviceAccounts() {
    return handler.directory().accounts();
  }

  /**
   * Returns the access keys of a service account, oldest first, without secrets.
   *
   * @param serviceAccountId the account's id
   * @return a snapshot of the keys
   * @throws IllegalArgumentException when no account has this id
   */
  public List<AccessKey> accessKeys(String serviceAccountId) {
    try {
      return handler.directory().keys(serviceAccountId);
    } catch (ApiProblem e) {
      throw new IllegalArgumentException("No service account " + serviceAccountId, e);
    }
  }

  /**
   * Returns the service accounts deleted so far, with the options each delete call carried.
   *
   * @return a snapshot of the deletions, oldest first
   */
  public List<Deletion> deletions() {
    return handler.directory().deletions();
  }

  /**
   * Restores the state after start: no accounts, keys, deletions, recorded requests or queued
   * faults, no wrong-deployment answers, and the rate limits the builder set. Port and credentials
   * stay the same.
   */
  public void reset() {
    handler.directory().clear();
    handler.faults().clear();
    handler.requests().clear();
    handler.redirectOrigin(null);
    handler.limiter().limits(initialLimits);
  }

  /** Stops the server, dropping any open connection. Calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
      LOG.debug("Sumo Logic emulator at {} stopped", baseUrl);
    }
  }

  /** Shows the base URL and a masked access ID. */
  @Override
  public String toString() {
    return "SumoLogicEmulator[baseUrl=" + baseUrl + ", credentials=" + credentials + "]";
  }

  private static String basicAuthorization(Credentials credentials) {
    String pair = credentials.accessId() + ":" + credentials.accessKey();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "sumo-logic-emulator-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }

  /** Configures and starts a {@link SumoLogicEmulator}. Every setting has a default. */
  public static final class Builder {
    private @Nullable Credentials credentials;
    private int port;
    private @Nullable RateLimits rateLimits;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Accepts these credentials. By default each emulator generates random ones.
     *
     * @param accessId the access ID, not blank
     * @param accessKey the access key, not blank
     * @return this builder
     */
    public Builder credentials(String accessId, String accessKey) {
      this.credentials = Credentials.of(accessId, accessKey);
      return this;
    }

    /**
     * Listens on this loopback port. Default 0, any free port.
     *
     * @param port from 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Enforces rate limits from the start. Off by default.
     *
     * @param limits the limits, such as {@link RateLimits#SUMO_LOGIC}
     * @return this builder
     */
    public Builder rateLimits(RateLimits limits) {
      this.rateLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Reads timestamps from this clock. Default the system clock in UTC.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts an emulator. The builder may start more, each with its own port and state; each
     * generates its own random credentials unless credentials were set.
     *
     * @return the running emulator; close it when done
     * @throws UncheckedIOException when the port cannot be bound
     */
    public SumoLogicEmulator start() {
      Credentials creds =
          credentials != null ? credentials : Credentials.of(Ids.accessId(), Ids.secret());
      try {
        return new SumoLogicEmulator(this, creds);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the Sumo Logic emulator on port " + port, e);
      }
    }
  }
}
