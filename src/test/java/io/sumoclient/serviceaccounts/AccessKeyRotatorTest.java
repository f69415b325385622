package io.sumoclient.serviceaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sumoclient.serviceaccounts.RotationResult.Status;
import io.sumoclient.serviceaccounts.RotationResult.Step;
import io.sumoclient.serviceaccounts.RotationResult.StepResult;
import io.sumoclient.serviceaccounts.model.AccessKey;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.testing.Fault;
import io.sumoclient.serviceaccounts.testing.SumoLogicEmulator;
import io.sumoclient.serviceaccounts.testing.SumoLogicEmulatorExtension;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SumoLogicEmulatorExtension.class)
class AccessKeyRotatorTest {
  private static final KeyVerifier ACCEPT_ALL = (accountId, key) -> true;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

  private SumoLogicEmulator emulator;
  private ServiceAccountClient client;
  private String accountId;
  private String oldAccessId;

  @BeforeEach
  void createAccountWithKey(SumoLogicEmulator emulator) {
    this.emulator = emulator;
    emulator.reset();
    client = emulator.newClientBuilder().retryPolicy(RetryPolicy.NONE).build();
    accountId =
        client
            .createServiceAccount(CreateServiceAccountRequest.of("ci", "ci@example.com", List.of()))
            .id();
    oldAccessId =
        client
            .createAccessKey(
                accountId,
                CreateAccessKeyRequest.builder("deployer")
                    .scopes(List.of("viewCollectors"))
                    .corsHeaders(List.of("https://ci.example.com"))
                    .build())
            .accessId();
    emulator.clearRequests();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void rotationCreatesVerifiesAndDisablesWithTheOldSettings() {
    RotationResult result =
        AccessKeyRotator.of(client, ACCEPT_ALL).withClock(CLOCK).rotate(accountId, oldAccessId);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.steps())
        .extracting(StepResult::step, StepResult::status)
        .containsExactly(
            tuple(Step.CHECKED_OLD, Status.DONE),
            tuple(Step.CREATED_NEW, Status.DONE),
            tuple(Step.VERIFIED_NEW, Status.DONE),
            tuple(Step.DISABLED_OLD, Status.DONE),
            tuple(Step.DELETED_OLD, Status.SKIPPED));
    AccessKey newKey = key(result.keptNewKey().orElseThrow().accessId());
    assertThat(newKey.label()).isEqualTo("deployer (rotated 2026-05-04)");
    assertThat(newKey.scopes()).containsExactly("viewCollectors");
    assertThat(newKey.corsHeaders()).containsExactly("https://ci.example.com");
    assertThat(newKey.disabled()).isFalse();
    assertThat(key(oldAccessId).disabled()).isTrue();
  }

  @Test
  void rotationDeletesTheOldKeyWhenAsked() {
    RotationOptions options = RotationOptions.defaults().withDeleteOld(true).withLabel("next");

    RotationResult result =
        AccessKeyRotator.of(client, ACCEPT_ALL).rotate(accountId, oldAccessId, options);

    assertThat(result.status(Step.DELETED_OLD)).isEqualTo(Status.DONE);
    assertThat(emulator.accessKeys(accountId))
        .extracting(AccessKey::label, AccessKey::disabled)
        .containsExactly(tuple("next", false));
  }

  @Test
  void rotationWithoutCopyingLeavesScopesToTheServer() {
    RotationOptions options = RotationOptions.defaults().withCopySettings(false);

    RotationResult result =
        AccessKeyRotator.of(client, KeyVerifier.NONE).rotate(accountId, oldAccessId, options);

    assertThat(result.status(Step.VERIFIED_NEW)).isEqualTo(Status.SKIPPED);
    assertThat(emulator.requests().get(1).body()).doesNotContain("scopes", "corsHeaders");
  }

  @Test
  void rotatingAgainReplacesTheDateInTheLabel() {
    AccessKeyRotator rotator = AccessKeyRotator.of(client, ACCEPT_ALL).withClock(CLOCK);
    String second = rotator.rotate(accountId, oldAccessId).keptNewKey().orElseThrow().accessId();

    RotationResult third = rotator.rotate(accountId, second);

    assertThat(third.keptNewKey().orElseThrow().accessKey().label())
        .isEqualTo("deployer (rotated 2026-05-04)");
  }

  @Test
  void alreadyDisabledOldKeyIsLeftAlone() {
    client.updateAccessKey(accountId, oldAccessId, UpdateAccessKeyRequest.disable());

    RotationResult result = AccessKeyRotator.of(client, ACCEPT_ALL).rotate(accountId, oldAccessId);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.status(Step.DISABLED_OLD)).isEqualTo(Status.SKIPPED);
    assertThat(enabledKeys()).hasSize(1);
  }

  @Test
  void unknownOldKeyChangesNothing() {
    RotationResult result =
        AccessKeyRotator.of(client, ACCEPT_ALL).rotate(accountId, "suNOSUCHKEY000");

    assertThat(result.succeeded()).isFalse();
    assertThat(result.status(Step.CHECKED_OLD)).isEqualTo(Status.FAILED);
    assertThat(result.failure()).containsInstanceOf(NotFoundException.class);
    assertThat(result.newKey()).isNull();
    assertThat(emulator.accessKeys(accountId)).hasSize(1);
  }

  @Test
  void failedCreateLeavesTheOldKeyEnabled() {
    failCall(2, 500);

    RotationResult result = AccessKeyRotator.of(client, ACCEPT_ALL).rotate(accountId, oldAccessId);

    assertThat(result.steps())
        .extracting(StepResult::step, StepResult::status)
        .containsExactly(
            tuple(Step.CHECKED_OLD, Status.DONE),
            tuple(Step.CREATED_NEW, Status.FAILED),
            tuple(Step.VERIFIED_NEW, Status.NOT_REACHED),
            tuple(Step.DISABLED_OLD, Status.NOT_REACHED),
            tuple(Step.DELETED_OLD, Status.NOT_REACHED));
    assertThat(result.failure()).containsInstanceOf(ServerException.class);
    assertThat(enabledKeys()).containsExactly(oldAccessId);
  }

  @Test
  void failedVerificationDeletesTheNewKeyAndKeepsTheOld() {
    List<String> verified = new ArrayList<>();
    KeyVerifier rejecting =
        (id, key) -> {
          verified.add(key.accessId());
          return false;
        };

    RotationResult result = AccessKeyRotator.of(client, rejecting).rotate(accountId, oldAccessId);

    assertThat(result.steps())
        .extracting(StepResult::step, StepResult::status)
        .containsExactly(
            tuple(Step.CHECKED_OLD, Status.DONE),
            tuple(Step.CREATED_NEW, Status.DONE),
            tuple(Step.VERIFIED_NEW, Status.FAILED),
            tuple(Step.DELETED_NEW, Status.DONE),
            tuple(Step.DISABLED_OLD, Status.NOT_REACHED),
            tuple(Step.DELETED_OLD, Status.NOT_REACHED));
    assertThat(verified).containsExactly(result.newKey().accessId());
    assertThat(result.keptNewKey()).isEmpty();
    assertThat(enabledKeys()).containsExactly(oldAccessId);
  }

  @Test
  void verifierExceptionIsReportedAsTheFailure() {
    IllegalStateException boom = new IllegalStateException("boom");
    KeyVerifier throwing =
        (id, key) -> {
          throw boom;
        };

    RotationResult result = AccessKeyRotator.of(client, throwing).rotate(accountId, oldAccessId);

    assertThat(result.failure()).containsSame(boom);
    assertThat(enabledKeys()).containsExactly(oldAccessId);
  }

  @Test
  void failedCleanUpStillReturnsTheNewKeyAndKeepsTheOld() {
    KeyVerifier rejectingThenFailing =
        (id, key) -> {
          emulator.failNext(Fault.status(503));
          return false;
        };

    RotationResult result =
        AccessKeyRotator.of(client, rejectingThenFailing).rotate(accountId, oldAccessId);

    assertThat(result.status(Step.DELETED_NEW)).isEqualTo(Status.FAILED);
    assertThat(result.keptNewKey()).isPresent();
    assertThat(key(oldAccessId).disabled()).isFalse();
  }

  @Test
  void failedDisableLeavesBothKeysEnabled() {
    failCall(3, 503);

    RotationResult result = AccessKeyRotator.of(client, ACCEPT_ALL).rotate(accountId, oldAccessId);

    assertThat(result.status(Step.DISABLED_OLD)).isEqualTo(Status.FAILED);
    assertThat(result.status(Step.DELETED_OLD)).isEqualTo(Status.NOT_REACHED);
    assertThat(enabledKeys())
        .containsExactlyInAnyOrder(oldAccessId, result.keptNewKey().orElseThrow().accessId());
  }

  @Test
  void failedDeleteLeavesTheOldKeyDisabledAndTheNewOneWorking() {
    failCall(4, 500);

    RotationResult result =
        AccessKeyRotator.of(client, ACCEPT_ALL)
            .rotate(accountId, oldAccessId, RotationOptions.defaults().withDeleteOld(true));

    assertThat(result.status(Step.DELETED_OLD)).isEqualTo(Status.FAILED);
    assertThat(result.succeeded()).isFalse();
    assertThat(enabledKeys()).containsExactly(result.keptNewKey().orElseThrow().accessId());
    assertThat(key(oldAccessId).disabled()).isTrue();
  }

  @Test
  void defaultVerifierAuthenticatesWithTheNewKey() {
    RotationResult result = AccessKeyRotator.of(client).rotate(accountId, oldAccessId);

    assertThat(result.status(Step.VERIFIED_NEW)).isEqualTo(Status.FAILED);
    assertThat(result.failure()).containsInstanceOf(UnauthorizedException.class);
    assertThat(emulator.requests().get(2).header("Authorization").orElseThrow())
        .isNotEqualTo(emulator.requests().get(0).header("Authorization").orElseThrow());
    assertThat(enabledKeys()).containsExactly(oldAccessId);
  }

  @Test
  void newKeyVerifierReadsTheKeyBackWithItsOwnCredentials() {
    List<Credentials> used = new ArrayList<>();
    KeyVerifier verifier =
        KeyVerifier.withNewKey(
            credentials -> {
              used.add(credentials);
              return emulator.newClient();
            });
    CreatedAccessKey created =
        client.createAccessKey(accountId, CreateAccessKeyRequest.builder("probe").build());

    boolean works = verifier.works(accountId, created);

    assertThat(works).isTrue();
    assertThat(used).containsExactly(Credentials.of(created.accessId(), created.secret()));
    assertThat(emulator.lastRequest().path()).endsWith("/accessKeys/" + created.accessId());
  }

  @Test
  void defaultVerifierNeedsAClientOfThisLibrary() {
    ServiceAccountClient foreign =
        (ServiceAccountClient)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ServiceAccountClient.class},
                (proxy, method, args) -> null);

    assertThatThrownBy(() -> AccessKeyRotator.of(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KeyVerifier");
  }

  @Test
  void resultNeverShowsTheSecret() {
    RotationResult result = AccessKeyRotator.of(client, ACCEPT_ALL).rotate(accountId, oldAccessId);

    assertThat(result.toString()).doesNotContain(result.newKey().secret()).contains("<redacted>");
  }

  @Test
  void optionsRejectAnOverlongLabel() {
    assertThatThrownBy(() -> RotationOptions.defaults().withLabel("x".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label");
  }

  /** Lets calls before the {@code n}th (1-based) through and fails that one with a status. */
  private void failCall(int n, int status) {
    if (n > 1) {
      emulator.failNext(n - 1, Fault.delay(Duration.ofMillis(1)));
    }
    emulator.failNext(Fault.status(status));
  }

  private AccessKey key(String accessId) {
    return client.getAccessKey(accountId, accessId);
  }

  private List<String> enabledKeys() {
    return emulator.accessKeys(accountId).stream()
        .filter(k -> !k.disabled())
        .map(AccessKey::id)
        .toList();
  }
}
