package io.sumoclient.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The one loopback server every contender calls: the JDK's HTTP server answering with canned
 * bodies. The first path segment picks the list size: {@code /l100/api/...},
 * {@code /l10000/api/...}
 * or {@code /l100000/api/...} (streamed, never held in memory); any other prefix lists nothing.
 */
public final class LoopbackServer implements AutoCloseable {
  static {
    // Without it the JDK server waits ~40 ms for a delayed ACK on every response.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final byte[] ONE = CannedBodies.account();
  private static final byte[] CREATED = CannedBodies.created();
  private static final byte[] LIST_100 = CannedBodies.list(100);
  private static final byte[] LIST_10000 = CannedBodies.list(10_000);
  private static final byte[] EMPTY_LIST = CannedBodies.list(0);

  private final HttpServer server;

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  /**
   * {@return a started server on an ephemeral loopback port} Requests are answered on the server's
   * dispatcher thread, with no hand-off to a pool: each call involves two threads, the caller's and
   * the server's, which leaves more of two cores to the contenders.
   */
  public static LoopbackServer start() throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    HttpServer server = HttpServer.create(address, 128);
    server.createContext("/", LoopbackServer::handle);
    server.start();
    return new LoopbackServer(server);
  }

  /** {@return the API base URL whose list call answers with {@code listSize} accounts} */
  public String baseUrl(int listSize) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/l" + listSize + "/api";
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
      String path = exchange.getRequestURI().getRawPath();
      String method = exchange.getRequestMethod();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (method.equals("POST")) {
        send(exchange, CREATED);
      } else if (!path.endsWith("/v1/serviceAccounts")) {
        send(exchange, ONE);
      } else if (path.startsWith("/l100000/")) {
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 65_536)) {
          CannedBodies.writeList(100_000, out);
        }
      } else if (path.startsWith("/l10000/")) {
        send(exchange, LIST_10000);
      } else if (path.startsWith("/l100/")) {
        send(exchange, LIST_100);
      } else {
        send(exchange, EMPTY_LIST);
      }
    }
  }

  private static void send(HttpExchange exchange, byte[] body) throws IOException {
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
