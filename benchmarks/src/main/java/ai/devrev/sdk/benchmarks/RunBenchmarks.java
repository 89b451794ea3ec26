package ai.devrev.sdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the suite and prints the ratios (ours / baseline, with their intervals) that the README
 * publishes: absolute numbers on a shared machine are noise, ratios from one run are not. Two forks by
 * default, so a ratio holds across JVMs; {@code --smoke} runs every benchmark once, briefly, in this JVM
 * (what {@code verify} does; it never asserts on timings).
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  public static void main(String[] args) throws Exception {
    boolean smoke = Arrays.asList(args).contains("--smoke");
    Path out = Path.of(args.length > 0 && !args[args.length - 1].startsWith("--") ? args[args.length - 1] : "benchmarks/target");
    Files.createDirectories(out);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(CodecBenchmarks.class.getName())
        .include(EndToEndBenchmarks.class.getName())
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve(smoke ? "jmh-smoke.json" : "jmh-result.json").toString());
    if (smoke) {
      options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200));
    } else {
      options.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(4))
          .measurementIterations(5).measurementTime(TimeValue.seconds(4)).addProfiler("gc");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Ratios.Score> scores = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      Result<?> primary = result.getPrimaryResult();
      Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
      scores.put(name.substring(name.lastIndexOf('.') + 1), new Ratios.Score(primary.getScore(), primary.getScoreError(),
          allocation == null ? Double.NaN : allocation.getScore()));
    }
    Map<String, Double> coldStart = ColdStart.measure(smoke ? 1 : 9);
    String ratios = Ratios.table(scores, Bodies.largeResponse().length) + "\n" + ColdStart.describe(coldStart);
    StringJoiner json = new StringJoiner(", ", "{", "}\n");
    coldStart.forEach((name, millis) -> json.add("\"" + name + "\": " + millis));
    Files.writeString(out.resolve(smoke ? "cold-start-smoke.json" : "cold-start.json"), json.toString());
    System.out.println(ratios);
    Files.writeString(out.resolve(smoke ? "ratios-smoke.md" : "ratios.md"), ratios);
  }
}
