package io.sumoclient.bench;

import java.lang.management.ManagementFactory;
import okhttp3.OkHttpClient;

/**
 * Run in a fresh JVM: makes one get call with the named contender and prints the milliseconds
 * from JVM start to its successful return. Loads nothing of the benchmark harness.
 */
public final class StartupProbe {
  private StartupProbe() {}

  /** Arguments: contender name, base URL. */
  public static void main(String[] args) {
    boolean okhttp = args[0].equals(Contenders.CLIENT) || args[0].equals(Contenders.FLOOR);
    OkHttpClient http = okhttp ? new OkHttpClient() : null;
    Contender contender = Contenders.create(args[0], args[1], http);
    Object account = contender.getAccount();
    long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    if (account == null) {
      throw new IllegalStateException("No account");
    }
    System.out.println(elapsed);
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
