package io.sumoclient.serviceaccounts;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** What one attempt observed: whether the request left the client, and the last status. */
final class Exchange {
  /** A network interceptor marking, just before the request is written, that it was sent. */
  static final Interceptor SENT_MARKER = Exchange::markSent;

  volatile boolean sent;
  volatile int status;

  private static Response markSent(Interceptor.Chain chain) throws IOException {
    Exchange exchange = chain.request().tag(Exchange.class);
    if (exchange != null) {
      exchange.sent = true;
    }
    return chain.proceed(chain.request());
  }
}
