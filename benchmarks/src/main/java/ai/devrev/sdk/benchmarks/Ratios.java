package ai.devrev.sdk.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH scores into the README's table: each ratio of ours to a baseline with the interval JMH's
 * errors give it (ours at its lowest over the baseline at its highest, and the other way round), so a
 * ratio whose interval straddles 1 or a goal says so.
 */
final class Ratios {
  /** A score and JMH's error of it (99.9 % confidence), in ops/s. */
  static final class Score {
    final double value;
    final double error;
    final double bytesPerOp;

    Score(double value, double error, double bytesPerOp) {
      this.value = value;
      this.error = Double.isNaN(error) ? 0 : error;
      this.bytesPerOp = bytesPerOp;
    }
  }

  /** One comparison: ours, the baseline, and the goal for the ratio. */
  static final class Pair {
    final String label;
    final String ours;
    final String baseline;
    final double goal;

    Pair(String label, String ours, String baseline, double goal) {
      this.label = label;
      this.ours = ours;
      this.baseline = baseline;
      this.goal = goal;
    }
  }

  static final List<Pair> PAIRS = List.of(
      new Pair("decode ÷ Jackson databind", "decodeOurs", "decodeJacksonDatabind", 1.0),
      new Pair("decode ÷ Jackson token scan", "decodeOurs", "decodeJacksonTokenScan", 0.0),
      new Pair("encode ÷ Jackson databind", "encodeOurs", "encodeJacksonDatabind", 0.8),
      new Pair("encode ÷ Jackson tree write", "encodeOurs", "encodeJacksonTree", 0.0),
      new Pair("create ÷ raw OkHttp", "createOurs", "createRawOkHttp", 0.90),
      new Pair("create ÷ raw OkHttp + our decoding", "createOurs", "createRawOkHttpDecoded", 0.97),
      new Pair("create, 8 threads ÷ raw OkHttp", "createOurs8Threads", "createRawOkHttp8Threads", 0.9),
      new Pair("create, 8 threads ÷ raw OkHttp + our decoding", "createOurs8Threads", "createRawOkHttpDecoded8Threads", 0.0),
      new Pair("create, 32 threads ÷ raw OkHttp", "createOurs32Threads", "createRawOkHttp32Threads", 0.9),
      new Pair("create, 32 threads ÷ raw OkHttp + our decoding", "createOurs32Threads", "createRawOkHttpDecoded32Threads", 0.0));

  private Ratios() {}

  static String table(Map<String, Score> scores, int responseBytes) {
    StringBuilder table = new StringBuilder("| benchmark | ops/s (± error) | allocated / op |\n| --- | --- | --- |\n");
    scores.forEach((name, score) -> table.append(String.format(Locale.ROOT, "| %s | %.0f ± %.0f | %s |%n",
        name, score.value, score.error, Double.isNaN(score.bytesPerOp) ? "" : kilobytes(score.bytesPerOp))));
    table.append("\n| ratio | ours ÷ baseline | interval | goal | met |\n| --- | --- | --- | --- | --- |\n");
    for (Pair pair : PAIRS) {
      Score ours = scores.get(pair.ours);
      Score baseline = scores.get(pair.baseline);
      if (ours == null || baseline == null) {
        continue;
      }
      double ratio = ours.value / baseline.value;
      double low = (ours.value - ours.error) / (baseline.value + baseline.error);
      double high = (ours.value + ours.error) / Math.max(1e-9, baseline.value - baseline.error);
      String met = pair.goal == 0 ? "" : low >= pair.goal ? "yes" : high >= pair.goal ? "within error" : "no";
      table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f – %.2f | %s | %s |%n", pair.label, ratio, low, high,
          pair.goal == 0 ? "" : String.format(Locale.ROOT, "≥ %.2f", pair.goal), met));
    }
    Score decode = scores.get("decodeOurs");
    if (decode != null && !Double.isNaN(decode.bytesPerOp)) {
      table.append(String.format(Locale.ROOT, "%nDecoding allocates %.2f bytes per byte of JSON (goal ≤ 3).%n",
          decode.bytesPerOp / responseBytes));
    }
    return table.toString();
  }

  private static String kilobytes(double bytes) {
    return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
  }
}
