package ai.devrev.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.TimelineComment;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contenders do the same work on the same bodies, so their ratios compare like with like. */
class CodecBenchmarksTest {

  @Test
  void everyContenderDecodesTheSameLargeBody() throws Exception {
    CodecBenchmarks benchmarks = new CodecBenchmarks();
    benchmarks.setUp();
    ConversationsCreateResponse ours = benchmarks.decodeOurs();
    JacksonModel.Response theirs = benchmarks.decodeJacksonDatabind();
    assertThat(ours.conversation().messages()).hasSize(Bodies.MESSAGES).allMatch(m -> m instanceof TimelineComment);
    assertThat(theirs.conversation.messages).hasSize(Bodies.MESSAGES);
    assertThat(ours.conversation().members()).hasSize(Bodies.MEMBERS);
    assertThat(ours.conversation().members()).extracting(m -> m.type())
        .contains("dev_user", "rev_user", "service_account", "sys_user");
    assertThat(theirs.conversation.members).hasSize(Bodies.MEMBERS);
    assertThat(benchmarks.decodeJacksonTokenScan()).isGreaterThan(1000);
  }

  @Test
  void everyContenderEncodesTheSameRequest() throws Exception {
    CodecBenchmarks benchmarks = new CodecBenchmarks();
    benchmarks.setUp();
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    Object expected = mapper.readValue(Bodies.fullRequest(), Map.class);
    assertThat(mapper.readValue(benchmarks.encodeOurs(), Map.class)).isEqualTo(expected);
    assertThat(mapper.readValue(benchmarks.encodeJacksonTree(), Map.class)).isEqualTo(expected);
    assertThat(mapper.readValue(benchmarks.encodeJacksonDatabind(), Map.class)).isEqualTo(expected);
    assertThat(new String(benchmarks.encodeOurs(), StandardCharsets.UTF_8)).startsWith("{\"type\":\"support\"");
  }

  @Test
  void ratioTableGivesEachRatioWithTheIntervalOfBothErrors() {
    String table = Ratios.table(Map.of(
        "decodeOurs", new Ratios.Score(200, 20, 3_000_000),
        "decodeJacksonDatabind", new Ratios.Score(100, 10, Double.NaN),
        "createOurs", new Ratios.Score(95, 0, Double.NaN),
        "createRawOkHttp", new Ratios.Score(100, 0, Double.NaN)), 1_000_000);
    // 200 ± 20 against 100 ± 10: 2.00, between 180/110 and 220/90.
    assertThat(table).contains("| decode ÷ Jackson databind | 2.00 | 1.64 – 2.44 | ≥ 1.00 | yes |")
        .contains("| create ÷ raw OkHttp | 0.95 | 0.95 – 0.95 | ≥ 0.90 | yes |")
        .contains("| decodeOurs | 200 ± 20 | 2929.7 KB |")
        .contains("Decoding allocates 3.00 bytes per byte of JSON")
        .doesNotContain("raw OkHttp + our decoding");
  }

  @Test
  void aRatioWhoseIntervalReachesTheGoalSaysSo() {
    String table = Ratios.table(Map.of("encodeOurs", new Ratios.Score(75, 10, Double.NaN),
        "encodeJacksonDatabind", new Ratios.Score(100, 5, Double.NaN)), 1);
    assertThat(table).contains("| encode ÷ Jackson databind | 0.75 | 0.62 – 0.89 | ≥ 0.80 | within error |");
  }
}
