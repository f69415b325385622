package io.sumoclient.bench;

import io.sumoclient.serviceaccounts.internal.Json;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contender 2, the floor: the least code that makes each call with the same {@link OkHttpClient}
 * and Jackson mapper as the client and decodes into the same records. No validation, no retries,
 * no error mapping, no listener.
 */
final class Floor implements Contender {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final JsonMapper mapper = Json.mapper();
  private final HttpUrl accounts;
  private final String authorization = Credentials.basic("suAbCdEfGh0123", "bench-secret-key");
  private final CreateServiceAccountRequest create =
      CreateServiceAccountRequest.of(
          CannedBodies.createRequestName(),
          "ci-deployer@ops.example.com",
          List.of("00000000005E5403"));

  Floor(String baseUrl, OkHttpClient http) {
    this.http = http;
    this.accounts = HttpUrl.get(baseUrl).newBuilder().addPathSegments("v1/serviceAccounts").build();
  }

  /** The list body, decoded without the client's defensive copy. */
  record Page(List<ServiceAccount> data) {}

  @Override
  public Object getAccount() {
    return call(get(accounts.newBuilder().addPathSegment(ID).build()), ServiceAccount.class);
  }

  @Override
  public Object listAccounts() {
    return call(get(accounts), Page.class).data();
  }

  @Override
  public Object createAccount() {
    RequestBody body = RequestBody.create(mapper.writeValueAsBytes(create), JSON);
    return call(request(accounts).post(body).build(), ServiceAccount.class);
  }

  @Override
  public int size(Object list) {
    return ((List<?>) list).size();
  }

  private Request get(HttpUrl url) {
    return request(url).build();
  }

  private Request.Builder request(HttpUrl url) {
    return new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private <T> T call(Request request, Class<T> type) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return mapper.readValue(response.body().byteStream(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {}
}
