package io.sumoclient.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Time from JVM start to the first successful get call, per contender: runs {@link StartupProbe}
 * in {@value #RUNS} fresh JVMs each, with only that contender's dependency set on the classpath,
 * against a server in this JVM, and prints every run and the median.
 */
public final class StartupTimes {
  private static final int RUNS = 5;

  private StartupTimes() {}

  /** Arguments: the library jar, the bench classes directory. */
  public static void main(String[] args) throws IOException, InterruptedException {
    String classpath = System.getProperty("java.class.path");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try (LoopbackServer server = LoopbackServer.start()) {
      System.out.println("contender\tmedian ms\truns ms");
      for (String contender : DependencySets.closures().keySet()) {
        List<String> entries = new ArrayList<>();
        entries.add(args[1]);
        entries.add(args[0]);
        DependencySets.jars(contender, classpath).forEach(p -> entries.add(p.toString()));
        if (!contender.equals(Contenders.CLIENT)) {
          // Shared bench code refers to OkHttp and the library's records; they load lazily.
          DependencySets.jars(Contenders.CLIENT, classpath).forEach(p -> entries.add(p.toString()));
        }
        String probeClasspath =
            entries.stream().distinct().collect(Collectors.joining(File.pathSeparator));
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
          runs.add(probe(java, probeClasspath, contender, server.baseUrl(0)));
        }
        List<Long> sorted = runs.stream().sorted().toList();
        System.out.printf("%s\t%d\t%s%n", contender, sorted.get(RUNS / 2), runs);
      }
    }
  }

  private static long probe(String java, String classpath, String contender, String url)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(java, "-cp", classpath, StartupProbe.class.getName(), contender, url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(contender + " probe failed: " + out);
    }
    return Long.parseLong(out.strip());
  }
}
