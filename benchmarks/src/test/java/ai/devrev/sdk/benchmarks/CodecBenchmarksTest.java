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
  void ratioTableComparesOursWithEachLimit() {
    String table = Ratios.table(Map.of("decodeOurs", 200.0, "decodeJacksonTokenScan", 400.0, "decodeJacksonDatabind", 100.0),
        1_000_000, 1000);
    assertThat(table).contains("| decodeJacksonTokenScan | 400 | 400.0 | 0.50 |")
        .contains("| decodeJacksonDatabind | 100 | 100.0 | 2.00 |");
  }
}
