package io.sumoclient.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Each contender's runtime dependency set: the jars a user adds to call the API that way, as the
 * Maven runtime closure of its direct dependencies ({@code ./mvnw -P bench dependency:tree}), plus
 * the contender's own code (this library's jar; the generated client's classes). The closures are
 * written out here and matched against the real classpath, so a missing jar fails loudly.
 *
 * <p>Run: {@code java -cp <test classpath> io.sumoclient.bench.DependencySets <library jar>}.
 */
public final class DependencySets {
  private static final List<String> OKHTTP =
      List.of("okhttp-jvm-", "okio-jvm-", "kotlin-stdlib-", "annotations-13.0");
  private static final List<String> JACKSON3 =
      List.of("jackson-databind-3", "jackson-core-3", "jackson-annotations-2");

  private DependencySets() {}

  /** {@return contender name to its artifact file-name prefixes} */
  static Map<String, List<String>> closures() {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    sets.put(
        Contenders.CLIENT,
        concat(
            OKHTTP,
            JACKSON3,
            List.of("jakarta.validation-api-", "slf4j-api-", "jspecify-1.0.1")));
    sets.put(Contenders.FLOOR, concat(OKHTTP, JACKSON3));
    sets.put(
        Contenders.OPENAPI,
        List.of(
            "jackson-databind-2",
            "jackson-core-2",
            "jackson-annotations-2",
            "jackson-datatype-jsr310-2",
            "jakarta.annotation-api-"));
    sets.put(
        Contenders.SPRING,
        concat(
            List.of(
                "spring-web-",
                "spring-beans-",
                "spring-core-",
                "commons-logging-",
                "jspecify-1.0.1",
                "micrometer-observation-",
                "micrometer-commons-"),
            JACKSON3));
    return sets;
  }

  /** {@return the jars of a contender's set, found on the given classpath} */
  static List<Path> jars(String contender, String classpath) {
    List<Path> found = new ArrayList<>();
    for (String prefix : closures().get(contender)) {
      Path jar =
          Stream.of(classpath.split(File.pathSeparator))
              .map(Path::of)
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .filter(p -> p.toString().endsWith(".jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("No jar " + prefix + " on classpath"));
      found.add(jar);
    }
    return found;
  }

  /** Prints one line per contender: jar count and megabytes. */
  public static void main(String[] args) throws IOException {
    String classpath = System.getProperty("java.class.path");
    Path libraryJar = Path.of(args[0]);
    Path testClasses = Path.of(args.length > 1 ? args[1] : "target/test-classes");
    System.out.println("contender\tjars\tbytes\tMB");
    for (String contender : closures().keySet()) {
      List<Path> jars = jars(contender, classpath);
      long bytes = 0;
      for (Path jar : jars) {
        bytes += Files.size(jar);
      }
      int count = jars.size();
      if (contender.equals(Contenders.CLIENT)) {
        bytes += Files.size(libraryJar);
        count++;
      } else if (contender.equals(Contenders.OPENAPI)) {
        bytes += treeSize(testClasses.resolve("io/sumoclient/bench/openapi"));
        count++;
      }
      System.out.printf("%s\t%d\t%d\t%.2f%n", contender, count, bytes, bytes / 1_048_576.0);
    }
  }

  private static long treeSize(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(DependencySets::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
