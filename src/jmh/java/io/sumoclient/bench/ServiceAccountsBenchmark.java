package io.sumoclient.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Each operation, per contender, against the same loopback server. One JMH fork per contender, so
 * no contender's classes warm up or pollute another's profile. The client with its limiter on is
 * measured by {@link PairedRuns}, which compares it with the floor more precisely than separate
 * forks can.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ServiceAccountsBenchmark {
  @Param({Contenders.FLOOR, Contenders.CLIENT, Contenders.OPENAPI, Contenders.SPRING})
  public String contender;

  private LoopbackServer server;
  private Contender one;
  private Contender list100;
  private Contender list10000;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = LoopbackServer.start();
    OkHttpClient http = Contenders.sharedOkHttp();
    one = Contenders.create(contender, server.baseUrl(0), http);
    list100 = Contenders.create(contender, server.baseUrl(100), http);
    list10000 = Contenders.create(contender, server.baseUrl(10_000), http);
    check(list100.size(list100.listAccounts()) == 100, "list of 100");
    check(list10000.size(list10000.listAccounts()) == 10_000, "list of 10000");
    check(one.getAccount() != null && one.createAccount() != null, "get and create");
    if (one instanceof SpringRestClient spring) {
      System.out.println("Spring RestClient uses: " + spring.describe());
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    one.close();
    list100.close();
    list10000.close();
    server.close();
  }

  @Benchmark
  public Object getOne() {
    return one.getAccount();
  }

  @Benchmark
  public Object list100() {
    return list100.listAccounts();
  }

  @Benchmark
  public Object createOne() {
    return one.createAccount();
  }

  @Benchmark
  public Object list10000() {
    return list10000.listAccounts();
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("Contender answered wrongly: " + what);
    }
  }
}
