package io.sumoclient.serviceaccounts.autoconfigure;

import io.sumoclient.serviceaccounts.CallListener;
import io.sumoclient.serviceaccounts.Operation;
import io.sumoclient.serviceaccounts.SumoLogicException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passes each event to several listeners in order; one that throws does not stop the rest. */
final class CompositeCallListener implements CallListener {
  private static final Logger log = LoggerFactory.getLogger(CompositeCallListener.class);

  private final List<CallListener> listeners;

  private CompositeCallListener(List<CallListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** Returns a listener for all of {@code listeners}: none, the only one, or a composite. */
  static CallListener of(List<CallListener> listeners) {
    if (listeners.isEmpty()) {
      return CallListener.NONE;
    }
    return listeners.size() == 1 ? listeners.get(0) : new CompositeCallListener(listeners);
  }

  @Override
  public void callEnded(
      Operation operation, int status, @Nullable SumoLogicException failure, Duration duration) {
    each(listener -> listener.callEnded(operation, status, failure, duration));
  }

  @Override
  public void retryScheduled(Operation operation, int attempt, Duration delay, String reason) {
    each(listener -> listener.retryScheduled(operation, attempt, delay, reason));
  }

  @Override
  public void rateLimited(Operation operation, Duration waited) {
    each(listener -> listener.rateLimited(operation, waited));
  }

  private void each(Consumer<CallListener> event) {
    for (CallListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        log.debug("CallListener {} failed", listener.getClass().getName(), e);
      }
    }
  }
}
