package ai.devrev.sdk.benchmarks;

import java.util.Locale;
import java.util.Map;

/** Turns JMH scores (ops/s) into the README's table: MB/s and the ratio of ours to each limit. */
final class Ratios {
  private Ratios() {}

  static String table(Map<String, Double> opsPerSecond, int responseBytes, int requestBytes) {
    StringBuilder table = new StringBuilder("| benchmark | ops/s | MB/s | ours ÷ this |\n| --- | --- | --- | --- |\n");
    row(table, opsPerSecond, "decodeOurs", "decodeOurs", responseBytes);
    row(table, opsPerSecond, "decodeJacksonTokenScan", "decodeOurs", responseBytes);
    row(table, opsPerSecond, "decodeJacksonDatabind", "decodeOurs", responseBytes);
    row(table, opsPerSecond, "encodeOurs", "encodeOurs", requestBytes);
    row(table, opsPerSecond, "encodeJacksonTree", "encodeOurs", requestBytes);
    row(table, opsPerSecond, "encodeJacksonDatabind", "encodeOurs", requestBytes);
    row(table, opsPerSecond, "createOurs", "createOurs", 0);
    row(table, opsPerSecond, "createRawOkHttp", "createOurs", 0);
    return table.toString();
  }

  private static void row(StringBuilder table, Map<String, Double> ops, String name, String ours, int bytes) {
    Double score = ops.get(name);
    if (score == null) {
      return;
    }
    double megabytes = score * bytes / 1_000_000.0; // 0 for end-to-end rows, where bytes are not the point
    double ratio = ops.getOrDefault(ours, Double.NaN) / score;
    table.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.2f |%n", name, score, megabytes, ratio));
  }
}
