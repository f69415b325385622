package io.sumoclient.serviceaccounts;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The client-side rate limit: a sliding window of request starts and a count of requests in flight.
 * One instance serves every client of the JVM with the same access ID, limit and time.
 */
final class Throttle {
  private static final ConcurrentMap<Key, Throttle> SHARED = new ConcurrentHashMap<>();

  private final TimeSource time;
  private final long windowNanos;
  private final long[] starts;
  private int next;
  private final int maxInFlight;
  private int inFlight;
  private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();

  Throttle(RateLimit limit, TimeSource time) {
    this.time = time;
    this.windowNanos = 1_000_000_000L + limit.margin().toNanos();
    this.starts = new long[limit.requestsPerSecond()];
    Arrays.fill(starts, Long.MIN_VALUE / 2);
    this.maxInFlight = limit.maxInFlight();
  }

  static Throttle shared(String accessId, RateLimit limit, TimeSource time) {
    return SHARED.computeIfAbsent(new Key(accessId, limit, time), k -> new Throttle(limit, time));
  }

  /** Returns a future that completes once a request may be in flight; release it afterwards. */
  CompletableFuture<Void> acquire() {
    synchronized (this) {
      if (maxInFlight == 0 || inFlight < maxInFlight) {
        inFlight++;
        return CompletableFuture.completedFuture(null);
      }
      CompletableFuture<Void> turn = new CompletableFuture<>();
      waiting.add(turn);
      return turn;
    }
  }

  /** Frees the in-flight place taken by {@link #acquire()}. */
  void release() {
    CompletableFuture<Void> turn;
    synchronized (this) {
      turn = waiting.poll();
      if (turn == null) {
        inFlight--;
        return;
      }
    }
    if (!turn.complete(null)) {
      release();
    }
  }

  /** Reserves the next start in the window and returns how many nanoseconds to wait for it. */
  synchronized long reserveStart() {
    if (starts.length == 0) {
      return 0;
    }
    long now = time.nanoTime();
    long at = Math.max(now, starts[next] + windowNanos);
    starts[next] = at;
    next = (next + 1) % starts.length;
    return at - now;
  }

  private record Key(String accessId, RateLimit limit, TimeSource time) {}
}
