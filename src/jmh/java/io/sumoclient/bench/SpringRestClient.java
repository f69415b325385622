package io.sumoclient.bench;

import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Contender 4: Spring's {@link RestClient} with its defaults: the request factory it picks from the
 * classpath (the JDK's {@code HttpClient} here) and the Jackson 3 converter it registers, decoding
 * into the client's records.
 */
final class SpringRestClient implements Contender {
  private final RestClient rest;
  private final CreateServiceAccountRequest create =
      CreateServiceAccountRequest.of(
          CannedBodies.createRequestName(),
          "ci-deployer@ops.example.com",
          List.of("00000000005E5403"));

  SpringRestClient(String baseUrl) {
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                "suAbCdEfGh0123:bench-secret-key".getBytes(StandardCharsets.ISO_8859_1));
    this.rest =
        RestClient.builder()
            .baseUrl(baseUrl)
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
            .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
            .build();
  }

  /** The list body. */
  record Page(List<ServiceAccount> data) {}

  @Override
  public Object getAccount() {
    return rest.get().uri("/v1/serviceAccounts/{id}", ID).retrieve().body(ServiceAccount.class);
  }

  @Override
  public Object listAccounts() {
    Page page = rest.get().uri("/v1/serviceAccounts").retrieve().body(Page.class);
    return page == null ? List.of() : page.data();
  }

  @Override
  public Object createAccount() {
    return rest.post()
        .uri("/v1/serviceAccounts")
        .contentType(MediaType.APPLICATION_JSON)
        .body(create)
        .retrieve()
        .body(ServiceAccount.class);
  }

  @Override
  public int size(Object list) {
    return ((List<?>) list).size();
  }

  /** {@return the request factory and JSON converters Spring picked, read off the client} */
  String describe() {
    StringBuilder out = new StringBuilder();
    for (Field field : rest.getClass().getDeclaredFields()) {
      try {
        field.setAccessible(true);
        Object value = field.get(rest);
        if (value instanceof ClientHttpRequestFactory) {
          out.append(value.getClass().getName()).append(' ');
        } else if (value instanceof List<?> list) {
          list.stream()
              .map(c -> c.getClass().getSimpleName())
              .filter(n -> n.contains("Json"))
              .forEach(n -> out.append(n).append(' '));
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        out.append("? ");
      }
    }
    return out.toString().trim();
  }

  @Override
  public void close() {}
}
