package io.sumoclient.serviceaccounts;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * One asynchronous call: the same attempts, waits and rules as a blocking call, driven by OkHttp
 * callbacks and timers instead of a blocked thread. Cancelling the future cancels the HTTP call and
 * any pending wait.
 */
final class AsyncCall<T> {
  private final Transport transport;
  private final CallSpec<T> spec;
  private final CompletableFuture<T> future = new CompletableFuture<>();
  private final List<String> failures = new ArrayList<>();
  private final long start;
  private final long deadlineAt;
  private volatile @Nullable Call current;
  private volatile @Nullable Future<?> timer;
  private volatile @Nullable CompletableFuture<Void> turn;
  private int attempt;
  private Exchange exchange = new Exchange();
  private boolean holdsTurn;

  AsyncCall(Transport transport, CallSpec<T> spec) {
    this.transport = transport;
    this.spec = spec;
    this.start = transport.time.nanoTime();
    this.deadlineAt = start + transport.settings.deadline().toNanos();
  }

  CompletableFuture<T> start() {
    var unused = future.whenComplete((value, failure) -> stopPending());
    attempt(1);
    return future;
  }

  private void attempt(int number) {
    attempt = number;
    exchange = new Exchange();
    Throttle throttle = transport.throttle();
    if (throttle == null) {
      send(transport.url(spec), 0);
      return;
    }
    long waitStart = transport.time.nanoTime();
    CompletableFuture<Void> next = throttle.acquire();
    turn = next;
    long remaining = Math.max(0, deadlineAt - waitStart);
    timer = transport.time.schedule(() -> turnTimedOut(next), Duration.ofNanos(remaining));
    var unused = next.thenRun(() -> turnArrived(throttle, waitStart));
  }

  private void turnTimedOut(CompletableFuture<Void> pending) {
    if (pending.cancel(false)) {
      fail(new DeadlineExceededException(spec.op(), transport.settings.deadline()));
    }
  }

  private synchronized void turnArrived(Throttle throttle, long waitStart) {
    cancelTimer();
    holdsTurn = true;
    if (future.isDone()) {
      releaseTurn();
      return;
    }
    long wait = throttle.reserveStart();
    if (transport.time.nanoTime() + wait >= deadlineAt) {
      attemptFailed(new DeadlineExceededException(spec.op(), transport.settings.deadline()));
      return;
    }
    timer =
        transport.time.schedule(
            () -> {
              Duration waited = transport.since(waitStart);
              if (waited.toMillis() > 0) {
                transport.listener.rateLimited(spec.op(), waited);
              }
              send(transport.url(spec), 0);
            },
            Duration.ofNanos(wait));
  }

  private void send(HttpUrl url, int hop) {
    if (future.isDone()) {
      releaseTurn();
      return;
    }
    Request request = transport.request(spec, url, exchange);
    Call call = transport.newCall(request, deadlineAt);
    current = call;
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call call, IOException e) {
            attemptFailed(Transport.transportFailure(spec.op(), request, e));
          }

          @Override
          public void onResponse(Call call, Response response) {
            handle(response, hop);
          }
        });
  }

  private void handle(Response response, int hop) {
    HttpUrl target;
    @Nullable T value;
    try (response) {
      exchange.status = response.code();
      target = hop == 0 ? transport.redirectTarget(spec.op(), response) : null;
      value = target == null ? transport.interpret(spec, response) : null;
    } catch (SumoLogicException failure) {
      attemptFailed(failure);
      return;
    }
    if (target != null) {
      send(target, hop + 1);
      return;
    }
    releaseTurn();
    transport.listener.callEnded(spec.op(), exchange.status, null, transport.since(start));
    completeWith(value);
  }

  @SuppressWarnings("NullAway") // null only for operations whose future is of Void
  private void completeWith(@Nullable T value) {
    future.complete(value);
  }

  private synchronized void attemptFailed(SumoLogicException failure) {
    releaseTurn();
    if (future.isDone()) {
      return;
    }
    Duration delay =
        transport.nextDelay(spec.op(), attempt, failure, exchange, failures, deadlineAt);
    if (delay == null) {
      fail(Transport.finalFailure(spec.op(), failure, exchange, failures));
      return;
    }
    int next = attempt + 1;
    timer = transport.time.schedule(() -> attempt(next), delay);
  }

  private void fail(SumoLogicException failure) {
    transport.listener.callEnded(spec.op(), exchange.status, failure, transport.since(start));
    future.completeExceptionally(failure);
  }

  private synchronized void releaseTurn() {
    Throttle throttle = transport.throttle();
    if (holdsTurn && throttle != null) {
      holdsTurn = false;
      throttle.release();
    }
  }

  private void stopPending() {
    if (!future.isCancelled()) {
      return;
    }
    cancelTimer();
    CompletableFuture<Void> pending = turn;
    if (pending != null) {
      pending.cancel(false);
    }
    Call call = current;
    if (call != null) {
      call.cancel();
    }
    releaseTurn();
  }

  private void cancelTimer() {
    Future<?> pending = timer;
    if (pending != null) {
      pending.cancel(false);
    }
  }
}
