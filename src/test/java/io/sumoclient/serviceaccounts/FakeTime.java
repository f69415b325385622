package io.sumoclient.serviceaccounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when the client waits, so that retry tests never sleep. */
final class FakeTime implements TimeSource {
  static final Instant EPOCH = Instant.parse("2026-12-03T12:00:00Z");

  final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final AtomicLong nanos = new AtomicLong();
  private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor();

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public Instant now() {
    return EPOCH.plusNanos(nanos.get());
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    waits.add(duration);
    nanos.addAndGet(duration.toNanos());
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return runner.schedule(
        () -> {
          waits.add(delay);
          nanos.addAndGet(delay.toNanos());
          task.run();
        },
        0,
        TimeUnit.MILLISECONDS);
  }

  Duration totalWait() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
