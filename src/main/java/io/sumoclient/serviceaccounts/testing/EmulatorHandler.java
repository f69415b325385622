package io.sumoclient.serviceaccounts.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request: records it, plays a scripted fault, then checks deployment, credentials
 * and rate limits before routing it to one of the ten operations.
 */
final class EmulatorHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SumoLogicEmulator.class);
  private static final String PREFIX = "/api/v1/serviceAccounts";
  private static final String KEYS = "accessKeys";

  private final byte[] authorization;
  private final Directory directory;
  private final RateLimiter limiter = new RateLimiter();
  private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private volatile @Nullable String redirectOrigin;

  EmulatorHandler(String authorization, Directory directory) {
    this.authorization = authorization.getBytes(StandardCharsets.UTF_8);
    this.directory = directory;
  }

  Directory directory() {
    return directory;
  }

  RateLimiter limiter() {
    return limiter;
  }

  Queue<Fault> faults() {
    return faults;
  }

  List<RecordedRequest> requests() {
    return requests;
  }

  void redirectOrigin(@Nullable String origin) {
    this.redirectOrigin = origin;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      RecordedRequest request = record(exchange);
      requests.add(request);
      Fault fault = faults.poll();
      if (fault != null && fault.kind() == Fault.Kind.DROP) {
        LOG.debug("{} {} -> connection dropped", request.method(), request.path());
        return;
      }
      Reply reply = answer(request, fault);
      LOG.debug("{} {} -> {}", request.method(), request.path(), reply.status());
      send(exchange, reply);
    } catch (IOException e) {
      LOG.debug("Could not answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
    } finally {
      exchange.close();
    }
  }

  private Reply answer(RecordedRequest request, @Nullable Fault fault) {
    String requestId = Ids.requestId();
    try {
      if (fault != null && fault.kind() == Fault.Kind.STATUS) {
        throw new ApiProblem(fault.httpStatus(), fault.code(), fault.message());
      }
      String origin = redirectOrigin;
      if (origin != null) {
        return Reply.moved(requestId, origin + target(request));
      }
      if (!authorized(request)) {
        return Reply.flat(401, requestId, "unauthorized", "Credential could not be verified.");
      }
      return admitted(request, fault);
    } catch (ApiProblem problem) {
      return Reply.problem(problem, requestId);
    } catch (RuntimeException e) {
      LOG.debug("Emulator failure on {} {}", request.method(), request.path(), e);
      return Reply.problem(new ApiProblem(500, "internal.error", "Internal error."), requestId);
    }
  }

  private Reply admitted(RecordedRequest request, @Nullable Fault fault) {
    limiter.acquire();
    try {
      if (fault != null && fault.kind() == Fault.Kind.DELAY) {
        pause(fault.delay());
      }
      return route(request);
    } finally {
      limiter.release();
    }
  }

  private Reply route(RecordedRequest request) {
    List<String> path = segments(request.path());
    if (path.size() >= 2 && !path.get(1).equals(KEYS)) {
      throw noSuchPath(request.path());
    }
    return switch (path.size()) {
      case 0 -> accounts(request);
      case 1 -> account(request, path.get(0));
      case 2 -> keys(request, path.get(0));
      case 3 -> key(request, path.get(0), path.get(2));
      default -> throw noSuchPath(request.path());
    };
  }

  private Reply accounts(RecordedRequest request) {
    return switch (request.method()) {
      case "GET" -> Reply.list(directory.accounts());
      case "POST" -> Reply.ok(directory.create(Bodies.newAccount(json(request))));
      default -> throw unsupported(request);
    };
  }

  private Reply account(RecordedRequest request, String id) {
    return switch (request.method()) {
      case "GET" -> Reply.ok(directory.account(id));
      case "PUT" -> Reply.ok(directory.update(id, Bodies.accountChanges(json(request))));
      case "DELETE" -> delete(request, id);
      default -> throw unsupported(request);
    };
  }

  private Reply delete(RecordedRequest request, String id) {
    String transferTo = request.queryParameter("transferTo").orElse(null);
    String deleteContent = request.queryParameter("deleteContent").orElse("false");
    List<ApiProblem.Entry> errors = new ArrayList<>();
    if (transferTo != null && transferTo.isBlank()) {
      errors.add(queryError("transferTo", "must not be blank"));
    }
    if (!deleteContent.equals("true") && !deleteContent.equals("false")) {
      errors.add(queryError("deleteContent", "must be true or false"));
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(400, errors);
    }
    directory.delete(id, transferTo, deleteContent.equals("true"));
    return Reply.noContent();
  }

  private Reply keys(RecordedRequest request, String accountId) {
    return switch (request.method()) {
      case "GET" -> Reply.list(directory.keys(accountId));
      case "POST" -> createKey(accountId, request);
      default -> throw unsupported(request);
    };
  }

  private Reply createKey(String accountId, RecordedRequest request) {
    Bodies.KeyFields fields = Bodies.newKey(json(request));
    return Reply.createdKey(directory.createKey(accountId, fields), Ids.secret());
  }

  private Reply key(RecordedRequest request, String accountId, String keyId) {
    return switch (request.method()) {
      case "GET" -> Reply.ok(directory.key(accountId, keyId));
      case "PUT" -> Reply.ok(directory.updateKey(accountId, keyId, keyChanges(request)));
      case "DELETE" -> {
        directory.deleteKey(accountId, keyId);
        yield Reply.noContent();
      }
      default -> throw unsupported(request);
    };
  }

  private static Bodies.KeyFields keyChanges(RecordedRequest request) {
    return Bodies.keyChanges(json(request));
  }

  private boolean authorized(RecordedRequest request) {
    String header = request.header("Authorization").orElse("");
    return MessageDigest.isEqual(authorization, header.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] json(RecordedRequest request) {
    String type = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      throw new ApiProblem(
          415, "contenttype.invalid", "The request must have Content-Type application/json.");
    }
    return request.body().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> segments(String rawPath) {
    if (!rawPath.equals(PREFIX) && !rawPath.startsWith(PREFIX + "/")) {
      throw noSuchPath(rawPath);
    }
    String rest = rawPath.substring(PREFIX.length());
    if (rest.isEmpty()) {
      return List.of();
    }
    List<String> segments = new ArrayList<>();
    for (String segment : rest.substring(1).split("/", -1)) {
      if (segment.isEmpty()) {
        throw noSuchPath(rawPath);
      }
      segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return segments;
  }

  private static String target(RecordedRequest request) {
    return request.query().isEmpty() ? request.path() : request.path() + "?" + request.query();
  }

  private static ApiProblem.Entry queryError(String name, String rule) {
    return new ApiProblem.Entry("field.invalid", name + ": " + rule, name);
  }

  private static ApiProblem noSuchPath(String path) {
    return ApiProblem.notFound("No resource at " + path + ".");
  }

  private static ApiProblem unsupported(RecordedRequest request) {
    return new ApiProblem(
        405,
        "method.unsupported",
        "Method " + request.method() + " is not supported on " + request.path() + ".");
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static RecordedRequest record(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    URI uri = exchange.getRequestURI();
    String query = uri.getRawQuery();
    return new RecordedRequest(
        exchange.getRequestMethod(),
        uri.getRawPath(),
        query == null ? "" : query,
        exchange.getRequestHeaders(),
        new String(body, StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    reply.headers().forEach(headers::set);
    byte[] body = reply.body();
    if (body == null || exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    headers.set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
