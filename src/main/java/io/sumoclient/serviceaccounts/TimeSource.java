package io.sumoclient.serviceaccounts;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The clock, sleeps and timers the client uses for deadlines, backoff and rate limiting. Replace it
 * in tests so that no test waits for real.
 */
public interface TimeSource {

  /** {@return the system's time, backed by one shared daemon timer thread} */
  static TimeSource system() {
    return SystemTime.INSTANCE;
  }

  /** {@return a monotonic time in nanoseconds, as {@link System#nanoTime()}} */
  long nanoTime();

  /** {@return the wall-clock time, used to read {@code Retry-After} dates} */
  Instant now();

  /**
   * Blocks the calling thread.
   *
   * @param duration how long
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Runs a task later without blocking the caller.
   *
   * @param task the task
   * @param delay how long to wait first
   * @return a handle that cancels the task
   */
  ScheduledFuture<?> schedule(Runnable task, Duration delay);

  /** The system's time. */
  final class SystemTime implements TimeSource {
    static final SystemTime INSTANCE = new SystemTime();

    private final ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "sumologic-client-timer");
              thread.setDaemon(true);
              return thread;
            });

    private SystemTime() {}

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
      return timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
  }
}
