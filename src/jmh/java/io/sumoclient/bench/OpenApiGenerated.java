package io.sumoclient.bench;

import io.sumoclient.bench.openapi.ApiClient;
import io.sumoclient.bench.openapi.ApiException;
import io.sumoclient.bench.openapi.api.ServiceAccountManagementApi;
import io.sumoclient.bench.openapi.model.CreateServiceAccountDefinition;
import io.sumoclient.bench.openapi.model.ListServiceAccountModelsResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Contender 3: the {@code java} client openapi-generator makes from the spec ({@code
 * library=native}: {@code java.net.http.HttpClient} and Jackson 2), with its own defaults.
 */
final class OpenApiGenerated implements Contender {
  private final ServiceAccountManagementApi api;
  private final CreateServiceAccountDefinition create =
      new CreateServiceAccountDefinition()
          .name(CannedBodies.createRequestName())
          .email("ci-deployer@ops.example.com")
          .roleIds(List.of("00000000005E5403"));

  OpenApiGenerated(String baseUrl) {
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    "suAbCdEfGh0123:bench-secret-key".getBytes(StandardCharsets.ISO_8859_1));
    ApiClient client = new ApiClient();
    client.updateBaseUri(baseUrl);
    client.setRequestInterceptor(request -> request.header("Authorization", authorization));
    this.api = new ServiceAccountManagementApi(client);
  }

  @Override
  public Object getAccount() {
    try {
      return api.getServiceAccount(ID);
    } catch (ApiException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Object listAccounts() {
    try {
      return api.listServiceAccounts();
    } catch (ApiException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Object createAccount() {
    try {
      return api.createServiceAccount(create);
    } catch (ApiException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int size(Object list) {
    return ((ListServiceAccountModelsResponse) list).getData().size();
  }

  @Override
  public void close() {}
}
