package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.internal.Json;
import io.sumoclient.serviceaccounts.internal.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

/** Sends one exchange and turns the response into a value or a typed exception. */
final class Transport {
  static final int EXCERPT_CHARS = 4096;
  private static final long ERROR_BODY_BYTES = 64 * 1024;
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final String authorization;
  private final String userAgent;
  private final WireLog wireLog;
  private final CallListener listener;
  private final boolean ownsHttp;
  private final AtomicBoolean closed = new AtomicBoolean();

  Transport(
      OkHttpClient http,
      HttpUrl baseUrl,
      Credentials credentials,
      String userAgent,
      WireLogLevel wireLogLevel,
      CallListener listener,
      boolean ownsHttp) {
    this.listener = listener;
    this.http = http;
    this.baseUrl = baseUrl;
    this.authorization = credentials.basicAuthorization();
    this.userAgent = userAgent;
    this.wireLog = new WireLog(wireLogLevel);
    this.ownsHttp = ownsHttp;
  }

  HttpUrl.Builder url() {
    return baseUrl.newBuilder().addPathSegments("v1/serviceAccounts");
  }

  /**
   * Sends a request and decodes a success body with {@code reader}, or ignores it when {@code
   * reader} is null.
   */
  <T> @Nullable T exchange(
      Operation op, HttpUrl url, @Nullable Object body, @Nullable BodyReader<T> reader) {
    if (closed.get()) {
      throw new IllegalStateException("ServiceAccountClient is closed");
    }
    long start = System.nanoTime();
    int[] status = {0};
    try {
      T value = attempt(op, url, body, reader, status);
      listener.callEnded(op, status[0], null, Duration.ofNanos(System.nanoTime() - start));
      return value;
    } catch (SumoLogicException e) {
      listener.callEnded(op, status[0], e, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
  }

  private <T> @Nullable T attempt(
      Operation op,
      HttpUrl url,
      @Nullable Object body,
      @Nullable BodyReader<T> reader,
      int[] status) {
    byte[] json = body == null ? null : Json.mapper().writeValueAsBytes(body);
    Request request = request(op, url, json);
    long start = System.nanoTime();
    wireLog.request(op, request, json);
    Response response;
    try {
      response = http.newCall(request).execute();
    } catch (IOException e) {
      throw transportFailure(op, request, e);
    }
    try (response) {
      status[0] = response.code();
      wireLog.response(
          op, request, response, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      if (!response.isSuccessful()) {
        throw apiFailure(op, request, response);
      }
      return reader == null ? null : decode(op, request, response, reader);
    }
  }

  private Request request(Operation op, HttpUrl url, byte @Nullable [] json) {
    RequestBody requestBody = json == null ? null : RequestBody.create(json, JSON);
    return new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .header("User-Agent", userAgent)
        .method(op.method(), requestBody)
        .build();
  }

  private <T> T decode(Operation op, Request request, Response response, BodyReader<T> reader) {
    String head = peek(response, EXCERPT_CHARS);
    ResponseBody body = response.body();
    try (InputStream in = wireLog.bodyStream(op, body)) {
      T value = reader.read(in);
      if (value == null) {
        throw decodingFailure(
            op, response, head, "the body was empty or lacked a required field", null);
      }
      return value;
    } catch (JacksonIOException e) {
      throw transportFailure(op, request, e.getCause() == null ? new IOException(e) : e.getCause());
    } catch (JacksonException e) {
      throw decodingFailure(op, response, head, e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw transportFailure(op, request, e);
    }
  }

  private static String peek(Response response, int limit) {
    try {
      return response.peekBody(limit).string();
    } catch (IOException e) {
      return "";
    }
  }

  private static ResponseDecodingException decodingFailure(
      Operation op, Response response, String head, String why, @Nullable Throwable cause) {
    String message =
        op.operationId()
            + " "
            + response.request().method()
            + " "
            + response.request().url().encodedPath()
            + ": HTTP "
            + response.code()
            + " but the body could not be read: "
            + why;
    return new ResponseDecodingException(
        op, message, response.code(), Redaction.excerpt(head, EXCERPT_CHARS), cause);
  }

  private static TransportException transportFailure(Operation op, Request request, IOException e) {
    String message =
        op.operationId()
            + " "
            + request.method()
            + " "
            + request.url().encodedPath()
            + " failed before a response arrived: "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new TransportException(op, message, e);
  }

  private static ApiException apiFailure(Operation op, Request request, Response response) {
    String body = peek(response, (int) ERROR_BODY_BYTES);
    ErrorBodies.Parsed parsed = ErrorBodies.parse(body);
    ApiException.Details details =
        new ApiException.Details(
            op,
            request.method(),
            request.url().encodedPath(),
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

  void close() {
    if (closed.compareAndSet(false, true) && ownsHttp) {
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
