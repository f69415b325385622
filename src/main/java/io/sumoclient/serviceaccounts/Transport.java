package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.internal.Redaction;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Sends calls: rate limiting, attempts, retries, deployment redirects, and the mapping of each
 * response to a value or a typed exception.
 */
final class Transport {
  static final int EXCERPT_CHARS = 4096;
  private static final Logger LOG = LoggerFactory.getLogger(ServiceAccountClient.class);
  private static final int ERROR_BODY_BYTES = 64 * 1024;
  private static final MediaType JSON = MediaType.get("application/json");

  final Settings settings;
  final TimeSource time;
  final CallListener listener;
  private final OkHttpClient http;
  private volatile Root root;
  private final String authorization;
  private final WireLog wireLog;
  private final Backoff backoff;
  private final @Nullable Throttle throttle;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean redirectLogged = new AtomicBoolean();

  Transport(Settings settings) {
    this.settings = settings;
    this.http = settings.http();
    this.time = settings.time();
    this.listener = settings.listener();
    this.root = Root.of(settings.baseUrl());
    this.authorization = settings.credentials().basicAuthorization();
    this.wireLog = new WireLog(settings.wireLogLevel());
    this.backoff = new Backoff(settings.retryPolicy(), time);
    this.throttle =
        settings.rateLimit().enabled()
            ? Throttle.shared(settings.credentials().accessId(), settings.rateLimit(), time)
            : null;
  }

  /** Everything a transport is built from. */
  record Settings(
      OkHttpClient http,
      HttpUrl baseUrl,
      Credentials credentials,
      String userAgent,
      WireLogLevel wireLogLevel,
      CallListener listener,
      RetryPolicy retryPolicy,
      RateLimit rateLimit,
      Duration deadline,
      TimeSource time,
      boolean ownsHttp) {}

  /** The base URL in use and the service accounts URL below it, built once per base. */
  private record Root(HttpUrl base, HttpUrl accounts) {
    static Root of(HttpUrl base) {
      return new Root(base, base.newBuilder().addPathSegments("v1/serviceAccounts").build());
    }
  }

  HttpUrl baseUrl() {
    return root.base();
  }

  /** {@return where {@code spec} goes, below the base URL in use} */
  HttpUrl url(CallSpec<?> spec) {
    return spec.url(root.accounts());
  }

  <T> @Nullable T execute(CallSpec<T> spec) {
    checkOpen();
    long start = time.nanoTime();
    Exchange[] last = {new Exchange()};
    try {
      T value = retrying(spec, start, last);
      listener.callEnded(spec.op(), last[0].status, null, since(start));
      return value;
    } catch (SumoLogicException e) {
      listener.callEnded(spec.op(), last[0].status, e, since(start));
      throw e;
    }
  }

  /** Starts a call; the future holds null for operations without a body. */
  <T> CompletableFuture<T> executeAsync(CallSpec<T> spec) {
    checkOpen();
    return new AsyncCall<>(this, spec).start();
  }

  private <T> @Nullable T retrying(CallSpec<T> spec, long start, Exchange[] last) {
    long deadlineAt = start + settings.deadline().toNanos();
    List<String> failures = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      Exchange exchange = new Exchange();
      last[0] = exchange;
      try {
        return throttled(spec, exchange, deadlineAt);
      } catch (SumoLogicException failure) {
        Duration delay = nextDelay(spec.op(), attempt, failure, exchange, failures, deadlineAt);
        if (delay == null) {
          throw finalFailure(spec.op(), failure, exchange, failures);
        }
        sleep(spec.op(), delay);
      }
    }
  }

  /**
   * Records a failed attempt and returns the wait before the next one, or {@code null} when the
   * call ends here: not retryable, out of attempts, or the wait would outlast the deadline.
   */
  @Nullable Duration nextDelay(
      Operation op,
      int attempt,
      SumoLogicException failure,
      Exchange exchange,
      List<String> failures,
      long deadlineAt) {
    failures.add(describe(failure));
    if (failure instanceof CallInterruptedException
        || failure instanceof DeadlineExceededException) {
      return null;
    }
    Duration delay = backoff.retryDelay(op, attempt, failure, exchange.sent);
    if (delay == null || time.nanoTime() + delay.toNanos() >= deadlineAt) {
      return null;
    }
    listener.retryScheduled(op, attempt, delay, describe(failure));
    LOG.debug(
        "{} attempt {} failed ({}); retrying in {} ms",
        op.operationId(),
        attempt,
        describe(failure),
        delay.toMillis());
    return delay;
  }

  /** Returns the exception a caller receives after the last attempt. */
  static SumoLogicException finalFailure(
      Operation op, SumoLogicException failure, Exchange exchange, List<String> failures) {
    SumoLogicException result =
        Backoff.ambiguousCreate(op, failure, exchange.sent)
            ? new CreateOutcomeUnknownException(op, failure)
            : failure;
    result.recordAttempts(failures);
    return result;
  }

  private <T> @Nullable T throttled(CallSpec<T> spec, Exchange exchange, long deadlineAt) {
    if (throttle == null) {
      return send(spec, exchange, deadlineAt);
    }
    long waitStart = time.nanoTime();
    awaitTurn(spec.op(), throttle.acquire(), deadlineAt);
    try {
      long wait = throttle.reserveStart();
      if (time.nanoTime() + wait >= deadlineAt) {
        throw new DeadlineExceededException(spec.op(), settings.deadline());
      }
      if (wait > 0) {
        sleep(spec.op(), Duration.ofNanos(wait));
      }
      Duration waited = since(waitStart);
      if (waited.toMillis() > 0) {
        listener.rateLimited(spec.op(), waited);
      }
      return send(spec, exchange, deadlineAt);
    } finally {
      throttle.release();
    }
  }

  private void awaitTurn(Operation op, CompletableFuture<Void> turn, long deadlineAt) {
    try {
      turn.get(Math.max(0, deadlineAt - time.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      giveBack(turn);
      Thread.currentThread().interrupt();
      throw new CallInterruptedException(op, e);
    } catch (TimeoutException e) {
      giveBack(turn);
      throw new DeadlineExceededException(op, settings.deadline());
    } catch (ExecutionException e) {
      throw new IllegalStateException("The rate limiter failed", e);
    }
  }

  private void giveBack(CompletableFuture<Void> turn) {
    if (!turn.cancel(false) && throttle != null) {
      throttle.release();
    }
  }

  private <T> @Nullable T send(CallSpec<T> spec, Exchange exchange, long deadlineAt) {
    HttpUrl url = url(spec);
    for (int hop = 0; ; hop++) {
      Request request = request(spec, url, exchange);
      Call call = newCall(request, deadlineAt);
      wireLog.request(spec.op(), request, spec.body());
      long sentAt = time.nanoTime();
      Response response;
      try {
        response = call.execute();
      } catch (IOException e) {
        throw transportFailure(spec.op(), request, e);
      }
      try (response) {
        exchange.status = response.code();
        wireLog.response(spec.op(), request, response, since(sentAt).toMillis());
        HttpUrl target = hop == 0 ? redirectTarget(spec.op(), response) : null;
        if (target == null) {
          return interpret(spec, response);
        }
        url = target;
      }
    }
  }

  Call newCall(Request request, long deadlineAt) {
    Call call = http.newCall(request);
    long remaining = Math.max(1, deadlineAt - time.nanoTime());
    long perCall = TimeUnit.MILLISECONDS.toNanos(http.callTimeoutMillis());
    call.timeout()
        .timeout(perCall == 0 ? remaining : Math.min(perCall, remaining), TimeUnit.NANOSECONDS);
    return call;
  }

  Request request(CallSpec<?> spec, HttpUrl url, Exchange exchange) {
    byte[] body = spec.body();
    return authorized(url)
        .method(spec.op().method(), body == null ? null : RequestBody.create(body, JSON))
        .tag(Exchange.class, exchange)
        .build();
  }

  /** Starts a request to {@code url} with the headers every call carries. */
  private Request.Builder authorized(HttpUrl url) {
    return new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .header("User-Agent", settings.userAgent());
  }

  /** Sends {@code HEAD /v1/collectors} and reads the deployment from where it lands. */
  Optional<Deployment> discoverDeployment() {
    checkOpen();
    Operation op = Operation.DISCOVER_DEPLOYMENT;
    HttpUrl url = baseUrl().newBuilder().addPathSegments("v1/collectors").build();
    Request request = authorized(url).head().build();
    try (Response response =
        newCall(request, time.nanoTime() + settings.deadline().toNanos()).execute()) {
      HttpUrl target = redirectTarget(op, response);
      if (target != null) {
        return Deployment.fromHost(target.host());
      }
      if (!response.isSuccessful()) {
        throw apiFailure(op, response);
      }
      return Deployment.fromHost(url.host());
    } catch (IOException e) {
      throw transportFailure(op, request, e);
    }
  }

  /**
   * Returns where to re-send a redirected request, or {@code null} to treat the response as an
   * error. Only https Sumo Logic API hosts qualify; the deployment is remembered for later calls.
   */
  @Nullable HttpUrl redirectTarget(Operation op, Response response) {
    int code = response.code();
    String location = response.header("Location");
    if (location == null || (code != 301 && code != 302 && code != 307 && code != 308)) {
      return null;
    }
    HttpUrl target = response.request().url().resolve(location);
    if (target == null || !target.isHttps()) {
      return null;
    }
    Deployment deployment = Deployment.fromHost(target.host()).orElse(null);
    if (deployment == null) {
      return null;
    }
    HttpUrl base = target.newBuilder().encodedPath("/api").query(null).fragment(null).build();
    root = Root.of(base);
    if (redirectLogged.compareAndSet(false, true)) {
      LOG.warn(
          "Sumo Logic redirected {} to deployment {} ({}); the client now calls it directly."
              + " Configure deployment {} to avoid the detour.",
          op.operationId(),
          deployment.code(),
          base,
          deployment.code());
    }
    return target;
  }

  <T> @Nullable T interpret(CallSpec<T> spec, Response response) {
    if (!response.isSuccessful()) {
      throw apiFailure(spec.op(), response);
    }
    BodyReader<T> reader = spec.reader();
    return reader == null ? null : decode(spec.op(), response, reader);
  }

  private <T> T decode(Operation op, Response response, BodyReader<T> reader) {
    long length = response.body().contentLength();
    int headBytes = length >= 0 && length < EXCERPT_CHARS ? (int) length : EXCERPT_CHARS;
    try (HeadCapture in = new HeadCapture(wireLog.bodyStream(op, response.body()), headBytes)) {
      try {
        T value = reader.read(in);
        if (value == null) {
          throw decodingFailure(
              op, response, in.head(), "the body was empty or lacked a field", null);
        }
        return value;
      } catch (JacksonIOException e) {
        IOException cause = e.getCause() != null ? e.getCause() : new IOException(e);
        throw transportFailure(op, response.request(), cause);
      } catch (JacksonException e) {
        throw decodingFailure(op, response, in.head(), e.getOriginalMessage(), e);
      }
    } catch (IOException e) {
      throw transportFailure(op, response.request(), e);
    }
  }

  /**
   * Keeps a copy of the first bytes read, for the excerpt of a body that cannot be decoded. This
   * replaces peeking the body up front, which copied up to 4 KiB of every success body.
   */
  private static final class HeadCapture extends FilterInputStream {
    private final byte[] head;
    private int size;

    HeadCapture(InputStream in, int limit) {
      super(in);
      this.head = new byte[limit];
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && size < head.length) {
        head[size++] = (byte) b;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0 && size < head.length) {
        int kept = Math.min(n, head.length - size);
        System.arraycopy(buffer, offset, head, size, kept);
        size += kept;
      }
      return n;
    }

    String head() {
      return new String(head, 0, size, StandardCharsets.UTF_8);
    }
  }

  private static String peek(Response response, int limit) {
    try {
      return response.peekBody(limit).string();
    } catch (IOException e) {
      return "";
    }
  }

  private static String where(Operation op, Request request) {
    return op.operationId() + " " + request.method() + " " + request.url().encodedPath();
  }

  private static ResponseDecodingException decodingFailure(
      Operation op, Response response, String head, String why, @Nullable Throwable cause) {
    String message =
        where(op, response.request())
            + ": HTTP "
            + response.code()
            + " but the body could not be read: "
            + why;
    return new ResponseDecodingException(
        op, message, response.code(), Redaction.excerpt(head, EXCERPT_CHARS), cause);
  }

  static TransportException transportFailure(Operation op, Request request, IOException e) {
    String message =
        where(op, request)
            + " failed before a response arrived: "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new TransportException(op, message, e);
  }

  private static ApiException apiFailure(Operation op, Response response) {
    String body = peek(response, ERROR_BODY_BYTES);
    ErrorBodies.Parsed parsed = ErrorBodies.parse(body);
    ApiException.Details details =
        new ApiException.Details(
            op,
            response.request().method(),
            response.request().url().encodedPath(),
            response.code(),
            parsed.errors(),
            parsed.requestId(),
            headers(response),
            Redaction.excerpt(body, EXCERPT_CHARS));
    return ApiExceptions.of(details, response.header("Location"));
  }

  private static Map<String, List<String>> headers(Response response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response
        .headers()
        .toMultimap()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    return headers;
  }

  static String describe(SumoLogicException failure) {
    if (failure instanceof ApiException api) {
      return "HTTP " + api.status();
    }
    Throwable cause = failure.getCause();
    return cause != null ? cause.getClass().getSimpleName() : failure.getClass().getSimpleName();
  }

  private void sleep(Operation op, Duration delay) {
    try {
      time.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallInterruptedException(op, e);
    }
  }

  Duration since(long start) {
    return Duration.ofNanos(time.nanoTime() - start);
  }

  @Nullable Throttle throttle() {
    return throttle;
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("ServiceAccountClient is closed");
    }
  }

  void close() {
    if (closed.compareAndSet(false, true) && settings.ownsHttp()) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Decodes a success body. */
  @FunctionalInterface
  interface BodyReader<T> {
    @Nullable T read(InputStream in) throws IOException;
  }
}
