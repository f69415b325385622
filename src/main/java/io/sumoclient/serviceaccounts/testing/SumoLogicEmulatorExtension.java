package io.sumoclient.serviceaccounts.testing;

import io.sumoclient.serviceaccounts.ServiceAccountClient;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit Jupiter extension that starts a {@link SumoLogicEmulator} and injects it, or a ready
 * {@link ServiceAccountClient} for it, into test constructors and methods.
 *
 * <pre>{@code
 * @ExtendWith(SumoLogicEmulatorExtension.class)
 * class KeyRotationTest {
 *   @Test
 *   void rotatesKeys(ServiceAccountClient client, SumoLogicEmulator emulator) { ... }
 * }
 * }</pre>
 *
 * <p>Registered with {@code @ExtendWith}, one emulator with random credentials serves the whole
 * test class (nested classes included) and its state carries over from test to test; call {@link
 * SumoLogicEmulator#reset()} where that matters. Register {@link #perTest()} with
 * {@code @RegisterExtension} for a fresh emulator in every test. Each test gets its own client. The
 * extension closes clients after their test and emulators at the end of their scope.
 */
public final class SumoLogicEmulatorExtension implements ParameterResolver {
  private static final String EMULATOR = "emulator";
  private static final String CLIENT = "client";

  private final SumoLogicEmulator.Builder settings;
  private final boolean perTest;
  private final ExtensionContext.Namespace namespace;

  /** Creates an extension with one default emulator per test class, for {@code @ExtendWith}. */
  public SumoLogicEmulatorExtension() {
    this(SumoLogicEmulator.builder(), false);
  }

  private SumoLogicEmulatorExtension(SumoLogicEmulator.Builder settings, boolean perTest) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.perTest = perTest;
    this.namespace = ExtensionContext.Namespace.create(SumoLogicEmulatorExtension.class, this);
  }

  /**
   * Returns an extension that starts one emulator per test class from the given settings.
   *
   * @param settings the emulator settings; the extension starts emulators from it later, so it
   *     should not change afterwards
   * @return the extension, for {@code @RegisterExtension}
   */
  public static SumoLogicEmulatorExtension perClass(SumoLogicEmulator.Builder settings) {
    return new SumoLogicEmulatorExtension(settings, false);
  }

  /**
   * Returns an extension that starts a default emulator for every test.
   *
   * @return the extension, for {@code @RegisterExtension}
   */
  public static SumoLogicEmulatorExtension perTest() {
    return perTest(SumoLogicEmulator.builder());
  }

  /**
   * Returns an extension that starts an emulator from the given settings for every test.
   *
   * @param settings the emulator settings; the extension starts emulators from it later, so it
   *     should not change afterwards
   * @return the extension, for {@code @RegisterExtension}
   */
  public static SumoLogicEmulatorExtension perTest(SumoLogicEmulator.Builder settings) {
    return new SumoLogicEmulatorExtension(settings, true);
  }

  /**
   * Supports parameters of type {@link SumoLogicEmulator} and {@link ServiceAccountClient}.
   *
   * @param parameter the parameter to resolve
   * @param context the current extension context
   * @return whether this extension resolves it
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == SumoLogicEmulator.class || type == ServiceAccountClient.class;
  }

  /**
   * Returns the emulator in scope, starting it if needed, or the current test's client for it.
   *
   * @param parameter the parameter to resolve
   * @param context the current extension context
   * @return the emulator or client
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    SumoLogicEmulator emulator = emulator(context);
    if (parameter.getParameter().getType() == SumoLogicEmulator.class) {
      return emulator;
    }
    return context
        .getStore(namespace)
        .computeIfAbsent(CLIENT, key -> emulator.newClient(), ServiceAccountClient.class);
  }

  /**
   * Resolves constructor parameters in the test method's context, so that per-test emulators and
   * clients belong to the test being run.
   *
   * @param context the class's extension context
   * @return {@link ExtensionContextScope#TEST_METHOD}
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext context) {
    return ExtensionContextScope.TEST_METHOD;
  }

  private SumoLogicEmulator emulator(ExtensionContext context) {
    ExtensionContext scope = perTest ? context : classScope(context);
    return scope
        .getStore(namespace)
        .computeIfAbsent(EMULATOR, key -> settings.start(), SumoLogicEmulator.class);
  }

  private static ExtensionContext classScope(ExtensionContext context) {
    ExtensionContext scope = context;
    while (scope.getTestMethod().isPresent() && scope.getParent().isPresent()) {
      scope = scope.getParent().get();
    }
    return scope;
  }
}
