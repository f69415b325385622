package io.sumoclient.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON result into the ratio table of docs/benchmarks.md: per operation and contender,
 * throughput and allocation per operation, absolute and as a ratio to the floor.
 */
public final class Report {
  private static final List<String> OPS = List.of("getOne", "list100", "createOne", "list10000");
  private static final List<String> CONTENDERS =
      List.of(
          Contenders.FLOOR,
          Contenders.CLIENT,
          Contenders.OPENAPI,
          Contenders.SPRING);

  private Report() {}

  /** Arguments: the JMH JSON result, the Markdown file to write. */
  public static void main(String[] args) throws IOException {
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String op = result.get("benchmark").asString().replaceAll(".*\\.", "");
      String contender = result.get("params").get("contender").asString();
      double ops = number(result.get("primaryMetric").get("score"));
      double error = number(result.get("primaryMetric").get("scoreError"));
      JsonNode alloc = result.get("secondaryMetrics").get("gc.alloc.rate.norm");
      double bytes = alloc == null ? Double.NaN : number(alloc.get("score"));
      scores.put(op + "/" + contender, new double[] {ops, error, bytes});
    }
    StringBuilder out = new StringBuilder();
    out.append("| Operation | Contender | ops/s (± 99.9%) | B/op | throughput ÷ floor |")
        .append(" allocation ÷ floor |\n|---|---|---:|---:|---:|---:|\n");
    for (String op : OPS) {
      double[] floor = scores.get(op + "/" + Contenders.FLOOR);
      for (String contender : CONTENDERS) {
        double[] s = scores.get(op + "/" + contender);
        if (s == null || floor == null) {
          continue;
        }
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %,.0f ± %,.0f | %,.0f | %.2f | %.2f |%n",
                op,
                contender,
                s[0],
                s[1],
                s[2],
                s[0] / floor[0],
                s[2] / floor[2]));
      }
    }
    Files.writeString(Path.of(args[1]), out.toString());
    System.out.print(out);
  }

  /** JMH writes "NaN" as a string. */
  private static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.parseDouble(node.asString());
  }
}
