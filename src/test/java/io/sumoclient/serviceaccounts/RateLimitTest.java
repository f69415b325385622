package io.sumoclient.serviceaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The client-side limiter against a server that enforces Sumo Logic's limits. The main test takes
 * about 25 s of real time: 100 calls at 4 per second cannot go faster.
 */
class RateLimitTest {

  @Test
  void aBurstFromManyThreadsAndTwoClientsGetsNo429() throws Exception {
    String accessId = "su" + UUID.randomUUID();
    AtomicInteger limiterWaits = new AtomicInteger();
    CallListener listener =
        new CallListener() {
          @Override
          public void rateLimited(Operation op, Duration waited) {
            limiterWaits.incrementAndGet();
          }
        };
    try (LimitEnforcingServer server = new LimitEnforcingServer(4, 10, 20);
        ServiceAccountClient first = limited(server, accessId, listener);
        ServiceAccountClient second = limited(server, accessId, listener)) {
      ExecutorService threads = Executors.newFixedThreadPool(16);
      long start = System.nanoTime();

      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        ServiceAccountClient client = i % 2 == 0 ? first : second;
        calls.add(threads.submit(client::listServiceAccounts));
      }
      for (Future<?> call : calls) {
        call.get(120, TimeUnit.SECONDS);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      threads.shutdown();

      assertThat(server.rejected).hasValue(0);
      assertThat(server.served).hasValue(100);
      assertThat(limiterWaits.get()).isGreaterThan(90);
      assertThat(100 / seconds).isBetween(3.0, 4.0);
      System.out.printf(
          "rate limiter: 100 calls in %.1f s, %.2f calls/s, 0 429s%n", seconds, 100 / seconds);
    }
  }

  @Test
  void withoutTheLimiterTheSameServerAnswers429() throws Exception {
    try (LimitEnforcingServer server = new LimitEnforcingServer(4, 10, 20);
        ServiceAccountClient client =
            ServiceAccountClient.builder()
                .baseUrl(server.baseUrl())
                .credentials("su" + UUID.randomUUID(), "key")
                .rateLimit(RateLimit.NONE)
                .retryPolicy(RetryPolicy.NONE)
                .build()) {
      ExecutorService threads = Executors.newFixedThreadPool(8);

      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(
            threads.submit(
                () -> {
                  try {
                    client.listServiceAccounts();
                  } catch (RateLimitException expected) {
                    // counted by the server
                  }
                }));
      }
      for (Future<?> call : calls) {
        call.get(30, TimeUnit.SECONDS);
      }
      threads.shutdown();

      assertThat(server.rejected.get()).isGreaterThan(0);
    }
  }

  @Test
  void inFlightLimitHoldsCallsBack() throws Exception {
    RateLimit concurrencyOnly = new RateLimit(0, 2, Duration.ZERO);
    try (LimitEnforcingServer server = new LimitEnforcingServer(1000, 2, 100);
        ServiceAccountClient client =
            ServiceAccountClient.builder()
                .baseUrl(server.baseUrl())
                .credentials("su" + UUID.randomUUID(), "key")
                .rateLimit(concurrencyOnly)
                .retryPolicy(RetryPolicy.NONE)
                .build()) {
      ExecutorService threads = Executors.newFixedThreadPool(8);

      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(threads.submit(client::listServiceAccounts));
      }
      for (Future<?> call : calls) {
        call.get(30, TimeUnit.SECONDS);
      }
      threads.shutdown();

      assertThat(server.rejected).hasValue(0);
      assertThat(server.served).hasValue(8);
    }
  }

  private static ServiceAccountClient limited(
      LimitEnforcingServer server, String accessId, CallListener listener) {
    return ServiceAccountClient.builder()
        .baseUrl(server.baseUrl())
        .credentials(accessId, "key")
        .rateLimit(RateLimit.SUMO_LOGIC)
        .retryPolicy(RetryPolicy.NONE)
        .listener(listener)
        .build();
  }
}
