package io.sumoclient.serviceaccounts.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.sumoclient.serviceaccounts.internal.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

class ModelDecodingTest {
  private static final String TWO_ACCOUNTS =
      """
      [{"id": "A", "name": "a", "email": "a@acme.com", "roleIds": ["R1", "R2"],
        "createdBy": "U1", "modifiedBy": "U2"},
       {"id": "B", "name": "b", "email": "b@acme.com", "roleIds": ["R1"],
        "createdBy": "U1", "modifiedBy": "U1"}]
      """;

  @Test
  void repeatedIdsInOneResponseShareOneString() {
    List<ServiceAccount> accounts =
        Json.mapper().readValue(TWO_ACCOUNTS, new TypeReference<List<ServiceAccount>>() {});

    ServiceAccount first = accounts.get(0);
    ServiceAccount second = accounts.get(1);
    assertThat(second.createdBy()).isEqualTo("U1").isSameAs(first.createdBy());
    assertThat(second.modifiedBy()).isSameAs(first.createdBy());
    assertThat(second.roleIds().get(0)).isSameAs(first.roleIds().get(0));
  }

  @Test
  void listsKeepTheirOrderAndToleratePresentNulls() {
    ServiceAccount account =
        Json.mapper()
            .readValue(
                "{\"id\": \"A\", \"name\": \"a\", \"email\": \"e\", \"roleIds\": [\"R\", null]}",
                ServiceAccount.class);

    assertThat(account.roleIds()).containsExactly("R", null);
  }

  @Test
  void nonStringValuesInSharedFieldsAreReadAsText() {
    AccessKey key =
        Json.mapper()
            .readValue(
                "{\"id\": \"K\", \"label\": \"l\", \"createdBy\": 42, \"scopes\": [\"s\"]}",
                AccessKey.class);

    assertThat(key.createdBy()).isEqualTo("42");
    assertThat(key.scopes()).containsExactly("s");
  }
}
