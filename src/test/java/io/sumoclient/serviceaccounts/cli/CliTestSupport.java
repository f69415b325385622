package io.sumoclient.serviceaccounts.cli;

import io.sumoclient.serviceaccounts.RateLimit;
import io.sumoclient.serviceaccounts.RetryPolicy;
import io.sumoclient.serviceaccounts.ServiceAccountClient;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.CreatedAccessKey;
import io.sumoclient.serviceaccounts.testing.SumoLogicEmulator;
import io.sumoclient.serviceaccounts.testing.SumoLogicEmulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the command line in-process against one emulator per test class, with an account and a key
 * created before each test and the Terraform variables pointing at the emulator.
 */
@ExtendWith(SumoLogicEmulatorExtension.class)
abstract class CliTestSupport {
  SumoLogicEmulator emulator;
  ServiceAccountClient client;
  Map<String, String> env;
  String stdin = "";
  String accountId;
  CreatedAccessKey key;

  @BeforeEach
  void createAccountWithKey(SumoLogicEmulator emulator) {
    this.emulator = emulator;
    emulator.reset();
    client = emulator.newClient();
    accountId =
        client
            .createServiceAccount(
                CreateServiceAccountRequest.of("ci", "ci@example.com", List.of("00000000000000A1")))
            .id();
    key =
        client.createAccessKey(
            accountId,
            CreateAccessKeyRequest.builder("deployer").scopes(List.of("viewCollectors")).build());
    env = new HashMap<>();
    env.put("SUMOLOGIC_BASE_URL", emulator.baseUrl());
    env.put("SUMOLOGIC_ACCESSID", emulator.accessId());
    env.put("SUMOLOGIC_ACCESSKEY", emulator.accessKey());
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            builder -> builder.rateLimit(RateLimit.NONE).retryPolicy(RetryPolicy.NONE));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}
}
