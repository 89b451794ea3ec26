package ai.devrev.sdk.reliability.real;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.reliability.real.RawHttpServer.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many threads sharing one client against a server with a short keep-alive: it closes connections idle
 * for a second and, every few hundred requests, one right after answering, without saying so. Every
 * create succeeds and reaches the server exactly once. The threads pause together past the idle
 * timeout a few times, so every pooled connection goes stale at once. CI runs
 * {@code keepalive.threads} × {@code keepalive.creates} (32 × 64); {@code -Pfull-load} runs 32 × 2 000.
 */
class KeepAliveLoadTest {
  private static final int THREADS = Integer.getInteger("keepalive.threads", 32);
  private static final int CREATES = Integer.getInteger("keepalive.creates", 64);
  private static final int PAUSES = 2;
  private static final int CLOSE_EVERY = Integer.getInteger("keepalive.closeEvery", 300);

  @Test
  void everyCreateSucceedsAndReachesTheServerExactlyOnce() throws Exception {
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    RawHttpServer.Script script = (index, request) -> {
      Answer answer = Answer.json(201, RealServerTest.CREATED);
      return index % CLOSE_EVERY == CLOSE_EVERY - 1 ? answer.thenClose() : answer;
    };
    CyclicBarrier pause = new CyclicBarrier(THREADS);
    try (RawHttpServer server = new RawHttpServer(Duration.ofSeconds(1), script);
        DevRevClient client = DevRevClient.builder().baseUrl(server.baseUrl()).token("load-test-token-1234")
            .maxRetries(0).build()) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(new Thread(() -> {
          for (int i = 0; i < CREATES; i++) {
            if (i > 0 && i % (CREATES / (PAUSES + 1)) == 0) {
              awaitIdleClose(pause);
            }
            try {
              client.conversations().create(ConversationsCreateRequest.builder().title("t" + thread + "-" + i).build());
            } catch (RuntimeException e) {
              failures.add(e);
            }
          }
        }, "load-" + t));
      }
      threads.forEach(Thread::start);
      for (Thread thread : threads) {
        thread.join(TimeUnit.MINUTES.toMillis(10));
      }
      assertThat(failures).as("failed creates").isEmpty();
      Map<String, Long> titles = server.received().stream()
          .map(request -> request.body.replaceAll(".*\"title\":\"([^\"]+)\".*", "$1"))
          .collect(Collectors.groupingBy(Function.identity(), ConcurrentHashMap::new, Collectors.counting()));
      assertThat(titles).as("each create reached the server").hasSize(THREADS * CREATES);
      assertThat(titles.values()).as("and only once").allMatch(count -> count == 1);
      assertThat(server.requests()).isEqualTo(THREADS * CREATES);
      assertThat(server.connections()).as("stale connections were replaced, not written into").isGreaterThan(THREADS);
    }
  }

  /** All threads stop together for longer than the server's idle timeout. */
  private static void awaitIdleClose(CyclicBarrier pause) {
    try {
      pause.await(1, TimeUnit.MINUTES);
      TimeUnit.MILLISECONDS.sleep(1300);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
