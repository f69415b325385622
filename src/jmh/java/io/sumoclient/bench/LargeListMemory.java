package io.sumoclient.bench;

import io.sumoclient.serviceaccounts.RateLimit;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.internal.Json;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * Decodes one list response of {@value #COUNT} service accounts (about 30 MB of JSON, streamed by
 * the server so it never sits in this heap) and reports the outcome. Meant for {@code -Xmx64m}.
 *
 * <p>Modes: {@code client} calls {@code listServiceAccounts()}; {@code retained} decodes 10,000
 * accounts with the client and prints the heap each one keeps; {@code streaming} decodes the same
 * 100,000-account body element by element with the client's mapper, keeping none (the shape of a
 * {@code forEachServiceAccount} fix).
 */
public final class LargeListMemory {
  private static final int COUNT = 100_000;

  private LargeListMemory() {}

  /** Argument: the mode. Exits 0 either way and prints PASS or FAIL. */
  public static void main(String[] args) throws IOException {
    String mode = args.length > 0 ? args[0] : "client";
    long max = Runtime.getRuntime().maxMemory() / 1_048_576;
    try (LoopbackServer server = LoopbackServer.start()) {
      switch (mode) {
        case "client" -> client(server, max);
        case "retained" -> retained(server);
        case "streaming" -> streaming(server, max);
        default -> throw new IllegalArgumentException(mode);
      }
    }
  }

  private static ServiceAccountClient newClient(String baseUrl) {
    return ServiceAccountClient.builder()
        .baseUrl(baseUrl)
        .credentials("suAbCdEfGh0123", "bench-secret-key")
        .rateLimit(RateLimit.NONE)
        .build();
  }

  private static void client(LoopbackServer server, long max) {
    try (ServiceAccountClient client = newClient(server.baseUrl(COUNT))) {
      List<ServiceAccount> accounts = client.listServiceAccounts();
      long held = usedAfterGc() / 1_048_576;
      System.out.printf(
          "PASS listServiceAccounts() decoded %d accounts with -Xmx%dm (%d MB in use after a GC,"
              + " the list still held)%n",
          accounts.size(), max, held);
    } catch (OutOfMemoryError e) {
      System.out.printf(
          "FAIL listServiceAccounts() of %d accounts with -Xmx%dm: %s%n", COUNT, max, e);
    }
  }

  private static void retained(LoopbackServer server) {
    try (ServiceAccountClient client = newClient(server.baseUrl(10_000))) {
      client.listServiceAccounts();
      long before = usedAfterGc();
      List<ServiceAccount> accounts = client.listServiceAccounts();
      long after = usedAfterGc();
      System.out.printf(
          "retained: %d bytes per decoded account (%d accounts; %.1f MB for 100,000)%n",
          (after - before) / accounts.size(),
          accounts.size(),
          (after - before) * 10.0 / 1_048_576);
      System.out.println(accounts.get(0).id());
    }
  }

  private static void streaming(LoopbackServer server, long max) throws IOException {
    OkHttpClient http = new OkHttpClient();
    Request request =
        new Request.Builder().url(server.baseUrl(COUNT) + "/v1/serviceAccounts").build();
    ObjectReader reader =
        Json.mapper()
            .readerFor(ServiceAccount.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    int count = 0;
    try (Response response = http.newCall(request).execute();
        InputStream in = response.body().byteStream();
        JsonParser parser = Json.mapper().createParser(in)) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.START_ARRAY && "data".equals(parser.currentName())) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            reader.readValue(parser);
            count++;
          }
        }
      }
    } catch (OutOfMemoryError e) {
      System.out.printf("FAIL streaming decode with -Xmx%dm: %s%n", max, e);
      return;
    } finally {
      http.dispatcher().executorService().shutdown();
    }
    System.out.printf(
        "PASS streaming decode of %d accounts with -Xmx%dm (%d MB in use after a GC)%n",
        count, max, usedAfterGc() / 1_048_576);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
