package io.sumoclient.serviceaccounts;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sumoclient.serviceaccounts.InvalidRequestException.Violation;
import io.sumoclient.serviceaccounts.internal.Constraints;
import io.sumoclient.serviceaccounts.model.CreateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.CreateServiceAccountRequest;
import io.sumoclient.serviceaccounts.model.DeleteServiceAccountOptions;
import io.sumoclient.serviceaccounts.model.UpdateAccessKeyRequest;
import io.sumoclient.serviceaccounts.model.UpdateServiceAccountRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static ValidatorFactory factory;
  private ServiceAccountClient client;

  @BeforeAll
  static void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void stopValidator() {
    factory.close();
  }

  @BeforeEach
  void createClient() {
    client = Fixtures.clientFor(server);
  }

  @AfterEach
  void closeClientAndCheckNothingWasSent() {
    client.close();
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void createServiceAccountNamesEveryBrokenRule() {
    CreateServiceAccountRequest request =
        new CreateServiceAccountRequest("x".repeat(129), "not-an-address", null);

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> client.createServiceAccount(request));

    assertThat(e.violations())
        .containsExactly(
            new Violation("name", "size must be at most 128"),
            new Violation("email", "must be a well-formed email address"),
            new Violation("roleIds", "must not be null"));
    assertThat(e.getMessage())
        .isEqualTo(
            "createServiceAccount not sent: name: size must be at most 128; email: must be a"
                + " well-formed email address; roleIds: must not be null");
    assertThat(e.operation()).isEqualTo(Operation.CREATE_SERVICE_ACCOUNT);
  }

  @Test
  void createServiceAccountRequiresNameAndEmail() {
    CreateServiceAccountRequest request =
        new CreateServiceAccountRequest(" ", null, Arrays.asList("R1", null, ""));

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> client.createServiceAccount(request));

    assertThat(e.violations())
        .containsExactly(
            new Violation("name", "must not be blank"),
            new Violation("email", "must not be null"),
            new Violation("roleIds[1]", "must not be blank"),
            new Violation("roleIds[2]", "must not be blank"));
  }

  @Test
  void emailLongerThan255IsRefused() {
    String email = "a".repeat(64) + "@" + ("b".repeat(62) + ".").repeat(3) + "com";

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client.createServiceAccount(CreateServiceAccountRequest.of("n", email, List.of())));

    assertThat(e.violations()).containsExactly(new Violation("email", "size must be at most 255"));
  }

  @Test
  void nullRequestIsRefused() {
    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> client.createServiceAccount(nullRequest()));

    assertThat(e.violations()).containsExactly(new Violation("request", "must not be null"));
  }

  @Test
  void updateServiceAccountChecksOnlyTheFieldsThatAreSet() {
    UpdateServiceAccountRequest request =
        UpdateServiceAccountRequest.builder().name("").email("a@b").build();

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> client.updateServiceAccount("ID", request));

    assertThat(e.violations())
        .containsExactly(
            new Violation("name", "size must be between 1 and 128"),
            new Violation("email", "must be a well-formed email address"));
  }

  @Test
  void createAccessKeyLimitsLabelAndOrigins() {
    CreateAccessKeyRequest request =
        CreateAccessKeyRequest.builder("l".repeat(129))
            .corsHeaders(Collections.nCopies(21, "https://a.example"))
            .scopes(List.of(""))
            .build();

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> client.createAccessKey("ID", request));

    assertThat(e.violations())
        .containsExactly(
            new Violation("label", "size must be at most 128"),
            new Violation("corsHeaders", "size must be at most 20"),
            new Violation("scopes[0]", "must not be blank"));
  }

  @Test
  void updateAccessKeyRequiresDisabledAndChecksIdsTogether() {
    UpdateAccessKeyRequest request = new UpdateAccessKeyRequest(null, null, null);

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> client.updateAccessKey(" ", "", request));

    assertThat(e.violations())
        .containsExactly(
            new Violation("serviceAccountId", "must not be blank"),
            new Violation("accessId", "must not be blank"),
            new Violation("disabled", "must not be null"));
  }

  @Test
  void deleteRefusesAnEmptyTransferTarget() {
    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> client.deleteServiceAccount("ID", new DeleteServiceAccountOptions("", false)));

    assertThat(e.violations())
        .containsExactly(new Violation("transferTo", "size must be at least 1"));
  }

  static Stream<Record> invalidRequests() {
    return Stream.of(
        new CreateServiceAccountRequest("x".repeat(129), "no-at-sign", null),
        new CreateServiceAccountRequest(" ", null, Arrays.asList("R1", null, "")),
        new CreateServiceAccountRequest(
            "ok", "a@" + ("b".repeat(60) + ".").repeat(5) + "com", null),
        new CreateServiceAccountRequest("ok", "a".repeat(65) + "@acme.com", List.of()),
        new CreateServiceAccountRequest("ok", "ok@acme.com", List.of("R")),
        new UpdateServiceAccountRequest("", "two@@acme.com", null, null),
        new UpdateServiceAccountRequest(null, null, null, null),
        new CreateAccessKeyRequest(null, Collections.nCopies(21, "o"), List.of("")),
        new CreateAccessKeyRequest("l".repeat(128), Collections.nCopies(20, "o"), null),
        new UpdateAccessKeyRequest(null, Collections.nCopies(21, "o"), List.of(" ")),
        new DeleteServiceAccountOptions("", true));
  }

  @ParameterizedTest
  @MethodSource("invalidRequests")
  void builtInCheckAgreesWithHibernateValidator(Record request) {
    Validator validator = factory.getValidator();

    Set<String> expected =
        validator.validate(request).stream()
            .map(ValidationTest::fieldAndConstraint)
            .collect(Collectors.toSet());
    List<String> actual = new ArrayList<>();
    Constraints.check(request).forEach(p -> actual.add(p.field() + " " + kind(p.rule())));

    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static String fieldAndConstraint(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString().replace(".<list element>", "");
    String type =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return path + " " + type;
  }

  private static String kind(String rule) {
    if (rule.startsWith("size")) {
      return "Size";
    }
    return switch (rule) {
      case "must not be null" -> "NotNull";
      case "must not be blank" -> "NotBlank";
      case "must be a well-formed email address" -> "EmailAddress";
      default -> rule;
    };
  }

  @SuppressWarnings("NullAway")
  private static CreateServiceAccountRequest nullRequest() {
    return null;
  }
}
