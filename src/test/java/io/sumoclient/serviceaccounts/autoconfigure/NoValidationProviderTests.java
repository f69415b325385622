package io.sumoclient.serviceaccounts.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Applications without a Bean Validation provider (no {@code spring-boot-starter-validation}) still
 * start, and still get their properties checked. The application runs in a class loader built from
 * the test class path without Hibernate Validator.
 */
class NoValidationProviderTests {

  @Test
  void startsWithoutAProvider() throws Exception {
    String result =
        runWithoutProvider(
            "sumologic.deployment=us2", "sumologic.access-id=id", "sumologic.access-key=key");

    assertThat(result).isEqualTo("provider=false started US2");
  }

  @Test
  void missingCredentialsStillFailNamingTheProperty() throws Exception {
    String result =
        runWithoutProvider("sumologic.deployment=us2", "sumologic.access-key=k3y-value");

    assertThat(result)
        .startsWith("provider=false failed")
        .contains("must be set: sumologic.access-id or SUMOLOGIC_ACCESSID")
        .doesNotContain("k3y-value");
  }

  private static String runWithoutProvider(String... properties) throws Exception {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    URL[] urls =
        Arrays.stream(classPath.split(File.pathSeparator))
            .filter(entry -> !entry.contains("hibernate-validator"))
            .map(NoValidationProviderTests::url)
            .toArray(URL[]::new);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader isolated = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      thread.setContextClassLoader(isolated);
      Class<?> probe = isolated.loadClass(NoValidationProviderProbe.class.getName());
      return (String) probe.getMethod("run", String[].class).invoke(null, (Object) properties);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static URL url(String entry) {
    try {
      return new File(entry).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
