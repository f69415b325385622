package io.sumoclient.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * Client against floor in one JVM, calls in turn, for a ratio that fork-to-fork and run-to-run
 * drift do not bias.
 *
 * <p>The JMH suite runs each contender in its own fork; on two cores the same contender measures
 * up to 20% apart from one fork to the next, more than the difference being looked for. Here the
 * floor, the client and the client with its limiter each make one call in turn against one server,
 * in a new random order every turn, so whatever the machine, the JIT or the collector does
 * affects all three alike. Other contenders can be named instead. Per contender the table gives
 * throughput (the inverse of the mean call time) and what the calling thread alone spends per
 * call, CPU time and allocation (from {@link com.sun.management.ThreadMXBean}), which leaves the
 * server's share out.
 *
 * <p>The contenders share the JVM and so its JIT profiles: this compares them under the same
 * conditions, not each at its own best.
 */
public final class PairedRuns {
  private static final List<String> CLIENT_AND_FLOOR =
      List.of(Contenders.FLOOR, Contenders.CLIENT, Contenders.CLIENT_LIMITER);
  private static final List<String> OPERATIONS =
      List.of("getOne", "list100", "createOne", "list10000");
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final long warmupNanos;
  private final long measureNanos;
  private final List<String> names;

  private PairedRuns(long warmupNanos, long measureNanos, List<String> names) {
    this.warmupNanos = warmupNanos;
    this.measureNanos = measureNanos;
    this.names = names;
  }

  /**
   * Arguments: the Markdown file to write; optionally warm-up and measurement seconds per operation
   * (default 15 and 20), a comma-separated list of operations (default all four) and one of
   * contenders, the floor first (default floor, client, client+limiter).
   */
  public static void main(String[] args) throws IOException {
    long warmup = args.length > 1 ? Long.parseLong(args[1]) : 15;
    long measure = args.length > 2 ? Long.parseLong(args[2]) : 20;
    List<String> only = args.length > 3 ? List.of(args[3].split(",")) : OPERATIONS;
    List<String> names = args.length > 4 ? List.of(args[4].split(",")) : CLIENT_AND_FLOOR;
    PairedRuns runs = new PairedRuns(warmup * 1_000_000_000L, measure * 1_000_000_000L, names);
    StringBuilder out = new StringBuilder(header());
    try (LoopbackServer server = LoopbackServer.start()) {
      OkHttpClient http = Contenders.sharedOkHttp();
      for (String op : only) {
        out.append(runs.operation(op, server, http));
      }
    }
    Files.writeString(Path.of(args[0]), out.toString());
    System.out.print(out);
  }

  private static String header() {
    return "| Operation | Contender | calls | ops/s | throughput ÷ floor, mean call"
        + " | same, median call | caller CPU µs/op | caller CPU ÷ floor | caller B/op |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|---:|\n";
  }

  private String operation(String name, LoopbackServer server, OkHttpClient http) {
    Function<Contender, Object> call =
        switch (name) {
          case "getOne" -> Contender::getAccount;
          case "createOne" -> Contender::createAccount;
          case "list100", "list10000" -> Contender::listAccounts;
          default -> throw new IllegalArgumentException("Unknown operation " + name);
        };
    int listSize = name.startsWith("list") ? Integer.parseInt(name.substring(4)) : 0;
    String baseUrl = server.baseUrl(listSize);
    List<Contender> contenders = new ArrayList<>();
    names.forEach(c -> contenders.add(Contenders.create(c, baseUrl, http)));
    try {
      Calls[] warmup = run(contenders, call, warmupNanos);
      Calls[] measured = run(contenders, call, measureNanos);
      if (warmup[0].count() == 0) {
        throw new IllegalStateException("No warm-up call finished");
      }
      return rows(name, names, measured);
    } finally {
      contenders.forEach(Contender::close);
    }
  }

  /**
   * Calls the contenders in turn, one call each, in a new random order every turn so that each
   * follows each other equally often, for {@code nanos}, recording what each call took.
   */
  private static Calls[] run(
      List<Contender> contenders, Function<Contender, Object> call, long nanos) {
    Calls[] calls = new Calls[contenders.size()];
    Arrays.setAll(calls, i -> new Calls());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < contenders.size(); i++) {
      order.add(i);
    }
    Random random = new Random(8);
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Collections.shuffle(order, random);
      for (int index : order) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        if (call.apply(contenders.get(index)) == null) {
          throw new IllegalStateException("No result");
        }
        long elapsed = System.nanoTime() - start;
        calls[index].add(
            elapsed,
            THREADS.getCurrentThreadCpuTime() - cpu,
            THREADS.getCurrentThreadAllocatedBytes() - bytes);
      }
    }
    return calls;
  }

  private static String rows(String op, List<String> names, Calls[] calls) {
    Calls floor = calls[0];
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < calls.length; i++) {
      Calls own = calls[i];
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %,d | %,.0f | %.2f | %.2f | %,.1f | %.2f | %,.0f |%n",
              op,
              names.get(i),
              own.count(),
              1e9 / own.meanNanos(),
              floor.meanNanos() / own.meanNanos(),
              floor.medianNanos() / own.medianNanos(),
              own.cpuMicros(),
              own.cpuMicros() / floor.cpuMicros(),
              own.bytes()));
    }
    return out.toString();
  }

  /** What each call of one contender took: wall time, calling-thread CPU time, bytes allocated. */
  private static final class Calls {
    private long[] nanos = new long[1024];
    private long cpu;
    private long bytes;
    private int count;

    void add(long elapsed, long cpuNanos, long allocated) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = elapsed;
      cpu += cpuNanos;
      bytes += allocated;
    }

    int count() {
      return count;
    }

    double meanNanos() {
      return (double) Arrays.stream(nanos, 0, count).sum() / count;
    }

    double medianNanos() {
      long[] sorted = Arrays.copyOf(nanos, count);
      Arrays.sort(sorted);
      return sorted[count / 2];
    }

    double cpuMicros() {
      return cpu / 1e3 / count;
    }

    double bytes() {
      return (double) bytes / count;
    }
  }
}
