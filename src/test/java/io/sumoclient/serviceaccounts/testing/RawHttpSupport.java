package io.sumoclient.serviceaccounts.testing;

import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One emulator per test class, a client for setting up state, and raw HTTP for requests the client
 * would refuse to send. Subclasses create {@link #account} and {@link #key} before each test; paths
 * may name them as {@code {id}} and {@code {key}}.
 */
abstract class RawHttpSupport {
  static SumoLogicEmulator emulator;
  static ServiceAccountClient client;
  static HttpClient http;

  ServiceAccount account;
  CreatedAccessKey key;

  @BeforeAll
  static void start() {
    emulator = SumoLogicEmulator.start();
    client = emulator.newClient();
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    emulator.close();
  }

  HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    String resolved = path.replace("{id}", account.id()).replace("{key}", key.accessId());
    HttpRequest.BodyPublisher publisher =
        body.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    HttpRequest request =
        authorized(resolved)
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder authorized(String path) {
    String pair = emulator.accessId() + ":" + emulator.accessKey();
    String basic = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
        .header("Authorization", "Basic " + basic);
  }
}
