package io.sumoclient.serviceaccounts;

import io.sumoclient.serviceaccounts.internal.Redaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes exchanges to the {@code io.sumoclient.serviceaccounts.wire} logger at DEBUG. */
final class WireLog {
  private static final Logger LOG = LoggerFactory.getLogger("io.sumoclient.serviceaccounts.wire");
  private static final int BODY_CHARS = 64 * 1024;

  private final WireLogLevel level;

  WireLog(WireLogLevel level) {
    this.level = level;
  }

  void request(Operation op, Request request, byte @Nullable [] json) {
    if (!enabled(WireLogLevel.HEADERS)) {
      return;
    }
    LOG.debug(
        "--> {} {} {}{}",
        op.operationId(),
        request.method(),
        request.url().encodedPath(),
        headers(request.headers()));
    if (json != null && enabled(WireLogLevel.BODY)) {
      LOG.debug("--> body {}", redacted(new String(json, StandardCharsets.UTF_8)));
    }
  }

  void response(Operation op, Request request, Response response, long millis) {
    if (!enabled(WireLogLevel.BASIC)) {
      return;
    }
    LOG.debug(
        "<-- {} {} {} {} ({} ms){}",
        op.operationId(),
        request.method(),
        request.url().encodedPath(),
        response.code(),
        millis,
        enabled(WireLogLevel.HEADERS) ? headers(response.headers()) : "");
    if (!response.isSuccessful() && enabled(WireLogLevel.BODY)) {
      LOG.debug("<-- body {}", redacted(peek(response)));
    }
  }

  /** {@return the body's stream, logging the body first when bodies are logged} */
  InputStream bodyStream(Operation op, ResponseBody body) throws IOException {
    if (!enabled(WireLogLevel.BODY)) {
      return body.byteStream();
    }
    byte[] bytes = body.bytes();
    LOG.debug(
        "<-- {} body {}", op.operationId(), redacted(new String(bytes, StandardCharsets.UTF_8)));
    return new ByteArrayInputStream(bytes);
  }

  private boolean enabled(WireLogLevel atLeast) {
    return level.compareTo(atLeast) >= 0 && LOG.isDebugEnabled();
  }

  private static String headers(Headers headers) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = name.equalsIgnoreCase("Authorization") ? Redaction.MASK : headers.value(i);
      out.append("\n    ").append(name).append(": ").append(value);
    }
    return out.toString();
  }

  private static String redacted(String body) {
    return Redaction.excerpt(body, BODY_CHARS);
  }

  private static String peek(Response response) {
    try {
      return response.peekBody(BODY_CHARS).string();
    } catch (IOException e) {
      return "<unreadable: " + e.getClass().getSimpleName() + ">";
    }
  }
}
