package io.sumoclient.serviceaccounts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that enforces Sumo Logic's limits as strictly as they can be read: at most
 * {@code perSecond} requests arriving in any sliding second, and at most {@code inFlight} being
 * served at once. Anything beyond gets 429 with Sumo Logic's body.
 */
final class LimitEnforcingServer implements AutoCloseable {
  final AtomicInteger served = new AtomicInteger();
  final AtomicInteger rejected = new AtomicInteger();
  private final AtomicInteger busy = new AtomicInteger();
  private final Deque<Long> arrivals = new ArrayDeque<>();
  private final int perSecond;
  private final int inFlight;
  private final long serviceMillis;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  LimitEnforcingServer(int perSecond, int inFlight, long serviceMillis) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.perSecond = perSecond;
    this.inFlight = inFlight;
    this.serviceMillis = serviceMillis;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  private boolean admit() {
    long now = System.nanoTime();
    synchronized (arrivals) {
      while (!arrivals.isEmpty() && now - arrivals.peekFirst() >= 1_000_000_000L) {
        arrivals.pollFirst();
      }
      arrivals.addLast(now);
      return arrivals.size() <= perSecond;
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean withinRate = admit();
    boolean withinConcurrency = busy.incrementAndGet() <= inFlight;
    try {
      if (!withinRate || !withinConcurrency) {
        rejected.incrementAndGet();
        respond(
            exchange,
            429,
            "{\"id\": \"T3ST-RATE\", \"errors\": [{\"code\": \"rate.limit.exceeded\","
                + " \"message\": \"API rate limit for this user has been exceeded.\"}]}");
        return;
      }
      Thread.sleep(serviceMillis);
      served.incrementAndGet();
      respond(exchange, 200, "{\"data\": []}");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      busy.decrementAndGet();
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
