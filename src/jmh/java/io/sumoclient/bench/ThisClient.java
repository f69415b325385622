package io.sumoclient.bench;

import io.sumoclient.serviceaccounts.RateLimit;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/** Contender 1: this library, as users build it, with or without its rate limiter. */
final class ThisClient implements Contender {
  /**
   * The limiter at its largest budget: every call passes through the in-flight gate and the
   * one-second window, but at loopback speed it never has to wait (checked in the results).
   */
  static final RateLimit WIDE_LIMIT = new RateLimit(10_000, 10_000, Duration.ZERO);

  private final ServiceAccountClient client;
  private final CreateServiceAccountRequest create =
      CreateServiceAccountRequest.of(
          CannedBodies.createRequestName(),
          "ci-deployer@ops.example.com",
          List.of("00000000005E5403"));

  ThisClient(String baseUrl, OkHttpClient http, RateLimit limit) {
    this.client =
        ServiceAccountClient.builder()
            .baseUrl(baseUrl)
            .credentials("suAbCdEfGh0123", "bench-secret-key")
            .okHttpClient(http)
            .rateLimit(limit)
            .build();
  }

  @Override
  public Object getAccount() {
    return client.getServiceAccount(ID);
  }

  @Override
  public Object listAccounts() {
    return client.listServiceAccounts();
  }

  @Override
  public Object createAccount() {
    return client.createServiceAccount(create);
  }

  @Override
  public int size(Object list) {
    return ((List<?>) list).size();
  }

  @Override
  public void close() {
    client.close();
  }
}
