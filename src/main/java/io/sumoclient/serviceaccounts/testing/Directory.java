package io.sumoclient.serviceaccounts.testing;

import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.ServiceAccount;
import io.sumoclient.serviceaccounts.testing.Bodies.AccountFields;
import io.sumoclient.serviceaccounts.testing.Bodies.KeyFields;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The emulator's service accounts and access keys. Every method is atomic. */
final class Directory {
  private final Clock clock;
  private final String userId;
  private final Map<String, ServiceAccount> accounts = new LinkedHashMap<>();
  private final Map<String, Map<String, AccessKey>> keys = new LinkedHashMap<>();
  private final List<Deletion> deletions = new ArrayList<>();

  Directory(Clock clock, String userId) {
    this.clock = clock;
    this.userId = userId;
  }

  synchronized List<ServiceAccount> accounts() {
    return List.copyOf(accounts.values());
  }

  synchronized ServiceAccount create(AccountFields fields) {
    String id = unusedId();
    Instant now = now();
    ServiceAccount account =
        new ServiceAccount(
            id,
            required(fields.name()),
            required(fields.email()),
            required(fields.roleIds()),
            true,
            now,
            userId,
            now,
            userId);
    accounts.put(id, account);
    keys.put(id, new LinkedHashMap<>());
    return account;
  }

  synchronized ServiceAccount account(String id) {
    ServiceAccount account = accounts.get(id);
    if (account == null) {
      throw ApiProblem.notFound("Service account with id " + id + " does not exist.");
    }
    return account;
  }

  synchronized ServiceAccount update(String id, AccountFields changes) {
    ServiceAccount old = account(id);
    ServiceAccount updated =
        new ServiceAccount(
            id,
            changes.name() == null ? old.name() : changes.name(),
            changes.email() == null ? old.email() : changes.email(),
            changes.roleIds() == null ? old.roleIds() : changes.roleIds(),
            changes.active() == null ? old.active() : changes.active(),
            old.createdAt(),
            old.createdBy(),
            now(),
            userId);
    accounts.put(id, updated);
    if (Boolean.FALSE.equals(changes.active())) {
      keysOf(id).replaceAll((keyId, key) -> key.disabled() ? key : withState(key, true));
    }
    return updated;
  }

  synchronized void delete(String id, @Nullable String transferTo, boolean deleteContent) {
    account(id);
    accounts.remove(id);
    keys.remove(id);
    deletions.add(new Deletion(id, transferTo, deleteContent));
  }

  synchronized List<AccessKey> keys(String accountId) {
    return List.copyOf(keysOf(accountId).values());
  }

  synchronized AccessKey createKey(String accountId, KeyFields fields) {
    Map<String, AccessKey> owned = keysOf(accountId);
    String id = Ids.accessId();
    Instant now = now();
    List<String> scopes = fields.scopes() == null ? List.of() : fields.scopes();
    AccessKey key =
        new AccessKey(
            id,
            required(fields.label()),
            fields.corsHeaders() == null ? List.of() : fields.corsHeaders(),
            Boolean.FALSE.equals(account(accountId).active()),
            now,
            userId,
            now,
            userId,
            accountId,
            null,
            scopes,
            scopes);
    owned.put(id, key);
    return key;
  }

  synchronized AccessKey key(String accountId, String keyId) {
    AccessKey key = keysOf(accountId).get(keyId);
    if (key == null) {
      throw ApiProblem.notFound("Access key with id " + keyId + " does not exist.");
    }
    return key;
  }

  synchronized AccessKey updateKey(String accountId, String keyId, KeyFields changes) {
    AccessKey old = key(accountId, keyId);
    List<String> scopes = changes.scopes() == null ? old.scopes() : changes.scopes();
    AccessKey updated =
        new AccessKey(
            keyId,
            old.label(),
            changes.corsHeaders() == null ? old.corsHeaders() : changes.corsHeaders(),
            Boolean.TRUE.equals(changes.disabled()),
            old.createdAt(),
            old.createdBy(),
            now(),
            userId,
            accountId,
            old.lastUsed(),
            scopes,
            scopes);
    keysOf(accountId).put(keyId, updated);
    return updated;
  }

  synchronized void deleteKey(String accountId, String keyId) {
    key(accountId, keyId);
    keysOf(accountId).remove(keyId);
  }

  synchronized List<Deletion> deletions() {
    return List.copyOf(deletions);
  }

  synchronized void clear() {
    accounts.clear();
    keys.clear();
    deletions.clear();
  }

  private Map<String, AccessKey> keysOf(String accountId) {
    account(accountId);
    Map<String, AccessKey> owned = keys.get(accountId);
    if (owned == null) {
      throw new IllegalStateException("No key table for " + accountId);
    }
    return owned;
  }

  private AccessKey withState(AccessKey key, boolean disabled) {
    return new AccessKey(
        key.id(),
        key.label(),
        key.corsHeaders(),
        disabled,
        key.createdAt(),
        key.createdBy(),
        now(),
        userId,
        key.serviceAccountId(),
        key.lastUsed(),
        key.scopes(),
        key.effectiveScopes());
  }

  private String unusedId() {
    String id = Ids.hexId();
    while (accounts.containsKey(id)) {
      id = Ids.hexId();
    }
    return id;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("A validated field is missing");
    }
    return value;
  }
}
