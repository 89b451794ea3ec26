package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that stop halfway hold no thread beyond the read timeout, and a bounded pool still serves
 * everyone else: real sockets, the real clock, a 300 ms timeout, waits bounded to a few seconds.
 */
class SlowClientsTest {
  private static final Duration TIMEOUT = Duration.ofMillis(300);
  private static final int THREADS = 2;
  private static final String HALF_A_REQUEST = "POST /conversations.create HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer t\r\n";

  @Test
  void halfSentHeadersAreCutOffAndTheSimulatorStillAnswers() throws Exception {
    try (DevRevSimulator simulator = slowTolerant()) {
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 3 * THREADS; i++) {
          stalled.add(stall(simulator, HALF_A_REQUEST));
        }

        long started = System.nanoTime();
        assertThat(Http.post(simulator, "{\"type\":\"support\"}").status).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        for (Socket socket : stalled) {
          assertThat(closedByTheServer(socket)).as("the server closed a connection that stopped mid-headers").isTrue();
        }
      } finally {
        for (Socket socket : stalled) {
          socket.close();
        }
      }
    }
  }

  @Test
  void aBodyThatStopsShortOfItsLengthIsCutOff() throws Exception {
    try (DevRevSimulator simulator = slowTolerant();
         Socket socket = stall(simulator, "POST /conversations.create HTTP/1.1\r\nHost: localhost\r\n"
             + "Authorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"type\":")) {
      assertThat(closedByTheServer(socket)).isTrue();
      assertThat(Http.post(simulator, "{\"type\":\"support\"}").status).isEqualTo(201);
    }
  }

  @Test
  void noMoreWorkerThreadsRunThanThePoolHas() throws Exception {
    try (DevRevSimulator simulator = slowTolerant()) {
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 20; i++) {
          stalled.add(stall(simulator, HALF_A_REQUEST));
        }
        Thread.sleep(TIMEOUT.toMillis() / 2);

        assertThat(workerThreads(simulator)).isBetween(1L, (long) THREADS);
      } finally {
        for (Socket socket : stalled) {
          socket.close();
        }
      }
    }
  }

  @Test
  void aConnectionLeftIdleAfterAnAnswerDoesNotHoldAWorker() throws Exception {
    try (DevRevSimulator simulator = DevRevSimulator.builder().workerThreads(1).readTimeout(Duration.ofSeconds(30)).start();
         Socket idle = stall(simulator, "POST /conversations.create HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer t\r\n"
             + "Content-Type: application/json\r\nContent-Length: 18\r\n\r\n{\"type\":\"support\"}")) {
      idle.setSoTimeout(5000);
      assertThat(new String(idle.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 201");

      // The idle keep-alive connection waits in the server's selector, not on the one worker.
      assertThat(Http.post(simulator, "{\"type\":\"support\"}").status).isEqualTo(201);
    }
  }

  @Test
  void aClientThatDoesNotReadItsAnswerIsCutOff() throws Exception {
    int title = 8 * 1024 * 1024;
    try (DevRevSimulator simulator = DevRevSimulator.builder().workerThreads(THREADS).readTimeout(TIMEOUT)
        .maxRequestBytes(2L * title).start();
         Socket reader = new Socket()) {
      reader.setReceiveBufferSize(4096);
      reader.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), simulator.port()));
      byte[] body = ("{\"type\":\"support\",\"title\":\"" + "t".repeat(title) + "\"}").getBytes(StandardCharsets.US_ASCII);
      OutputStream out = reader.getOutputStream();
      out.write(("POST /conversations.create HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer t\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();

      // The answer echoes the 8 MiB title; this client reads none of it, so the write stalls until its deadline.
      assertThat(firstExchange(simulator).responseProblems()).anySatisfy(problem ->
          assertThat(problem).startsWith("The answer could not be sent"));
      assertThat(Http.post(simulator, "{\"type\":\"support\"}").status).isEqualTo(201);
    }
  }

  private static DevRevSimulator slowTolerant() {
    return DevRevSimulator.builder().workerThreads(THREADS).readTimeout(TIMEOUT).start();
  }

  private static Socket stall(DevRevSimulator simulator, String partial) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.port());
    OutputStream out = socket.getOutputStream();
    out.write(partial.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  /** Whether the server closes the connection within a few seconds (it sends nothing first). */
  private static boolean closedByTheServer(Socket socket) throws IOException {
    socket.setSoTimeout(5000);
    InputStream in = socket.getInputStream();
    try {
      return in.read() == -1;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  /** The first exchange, once the simulator has taken the request in (within a few seconds). */
  private static SimulatedExchange firstExchange(DevRevSimulator simulator) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (simulator.exchanges().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return simulator.lastExchange();
  }

  private static long workerThreads(DevRevSimulator simulator) {
    String prefix = "devrev-simulator-" + simulator.port() + "-worker-";
    return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().startsWith(prefix)).count();
  }
}
