package io.sumoclient.serviceaccounts;

import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * One validated call, ready to send: the path below {@code /v1/serviceAccounts}, the query, the
 * encoded body and how to read a success body ({@code null} to ignore it).
 */
// The body array is never mutated, compared or exposed; it is sent as it is.
@SuppressWarnings("ArrayRecordComponent")
record CallSpec<T>(
    Operation op,
    List<String> segments,
    Map<String, String> query,
    byte @Nullable [] body,
    Transport.@Nullable BodyReader<T> reader) {

  /** {@return the URL of this call, given the service accounts URL} */
  HttpUrl url(HttpUrl accounts) {
    if (segments.isEmpty() && query.isEmpty()) {
      return accounts;
    }
    HttpUrl.Builder url = accounts.newBuilder();
    segments.forEach(url::addPathSegment);
    query.forEach(url::addQueryParameter);
    return url.build();
  }
}
