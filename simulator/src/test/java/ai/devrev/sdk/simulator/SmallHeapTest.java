package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many large creates in a small heap: the journal's bound is what keeps a long run alive. A JVM of its
 * own with a 128 MiB heap serves 200 creates of 600 kB each (120 MB in all) and answers every one 201.
 */
class SmallHeapTest {
  static final int CREATES = 200;
  static final int TITLE_BYTES = 600_000;

  @Test
  void aLongRunOfLargeCreatesFitsInASmallHeap() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), SmallHeapTest.class.getName()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    String output;
    try {
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the run ends").isTrue();
    } finally {
      process.destroyForcibly();
    }

    assertThat(output).contains("answered " + CREATES + " of " + CREATES + " with 201");
    assertThat(process.exitValue()).as(output).isZero();
  }

  /** The forked JVM: a simulator whose journal keeps 16 MiB, and the creates. */
  public static void main(String[] args) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String body = "{\"type\":\"support\",\"title\":\"" + "t".repeat(TITLE_BYTES) + "\"}";
    int created = 0;
    try (DevRevSimulator simulator = DevRevSimulator.builder().journalLimit(1000, 16L * 1024 * 1024).start()) {
      for (int i = 0; i < CREATES; i++) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "conversations.create"))
            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer t").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
          created++;
        }
      }
      System.out.println("answered " + created + " of " + CREATES + " with 201; journal keeps " + simulator.exchanges().size());
    }
    System.exit(created == CREATES ? 0 : 1);
  }
}
