package ai.devrev.sdk.simulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The simulator's HTTP side: reads a request within the size bound, has the {@link Responder} answer it
 * (or answers 500 when that fails), sends the answer and records the exchange, with the check of the
 * answer against the spec that the journal runs when the exchange is first read. The control path {@value DevRevSimulator#RESET_PATH} resets the simulator and is not recorded.
 */
final class SimulatorHandler implements HttpHandler {
  /** How much of an oversized body is read and thrown away, so the client can finish sending and read the 400. */
  private static final long DISCARD_LIMIT = 16L * 1024 * 1024;

  private final CompletableFuture<Responder> responder;
  private final Journal journal;
  private final long maxRequestBytes;
  private final Runnable reset;

  SimulatorHandler(CompletableFuture<Responder> responder, Journal journal, long maxRequestBytes, Runnable reset) {
    this.responder = responder;
    this.journal = journal;
    this.maxRequestBytes = maxRequestBytes;
    this.reset = reset;
  }

  @Override
  public void handle(HttpExchange http) throws IOException {
    try {
      WorkerPool.reading();
      String path = http.getRequestURI().getRawPath();
      if (DevRevSimulator.RESET_PATH.equals(path)) {
        reset(http);
        return;
      }
      IncomingRequest request = read(http, path);
      WorkerPool.working();
      List<String> problems = new ArrayList<>();
      Answer answer = answer(request, problems);
      Journal.Entry entry = journal.open();
      String text = answer.body.toString();
      try {
        WorkerPool.reading();
        send(http, answer, text);
      } catch (IOException e) {
        problems.add("The answer could not be sent: " + e);
      } finally {
        WorkerPool.working();
        boolean checked = "POST".equals(request.method()) && SpecValidators.PATH.equals(path);
        Map<String, String> answerHeaders = Map.copyOf(answer.headers);
        entry.complete(new SimulatedExchange(request.method(), path, request.headers(), text(request), answer.status, text,
            problems), checked ? () -> check(answer.status, text, answerHeaders) : List::of);
      }
    } finally {
      http.close();
    }
  }

  private Answer answer(IncomingRequest request, List<String> problems) {
    Responder answering;
    try {
      answering = responder.get();
    } catch (InterruptedException | ExecutionException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      problems.add("The simulator could not load the spec: " + (e.getCause() == null ? e : e.getCause()));
      return new Answer(500, JsonNodeFactory.instance.objectNode().put("type", "internal_error")
          .put("message", "The simulator could not load its spec."));
    }
    try {
      return answering.answer(request);
    } catch (RuntimeException | Error failure) {
      problems.add("The simulator failed on this request: " + failure);
      return answering.failure();
    }
  }

  private List<String> check(int status, String body, Map<String, String> headers) {
    try {
      return responder.join().check(status, body, headers);
    } catch (RuntimeException | Error failure) {
      return List.of("The answer could not be checked: " + failure);
    }
  }

  private IncomingRequest read(HttpExchange http, String path) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    http.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    String declared = http.getRequestHeaders().getFirst("Content-Length");
    InputStream in = http.getRequestBody();
    if (declared != null && isLongerThan(declared, maxRequestBytes)) {
      if (!isLongerThan(declared, DISCARD_LIMIT)) {
        discard(in);
      }
      return new IncomingRequest(http.getRequestMethod(), path, headers, new byte[0], true);
    }
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
    if (body.length > maxRequestBytes) {
      discard(in);
      return new IncomingRequest(http.getRequestMethod(), path, headers, new byte[0], true);
    }
    return new IncomingRequest(http.getRequestMethod(), path, headers, body, false);
  }

  /** Reads and drops what is left of the body, up to {@link #DISCARD_LIMIT}; past that the connection is closed. */
  private static void discard(InputStream in) throws IOException {
    byte[] scratch = new byte[8192];
    long discarded = 0;
    int read;
    while (discarded < DISCARD_LIMIT && (read = in.read(scratch)) > 0) {
      discarded += read;
    }
  }

  private void reset(HttpExchange http) throws IOException {
    if (!"POST".equals(http.getRequestMethod())) {
      http.getResponseHeaders().set("Allow", "POST");
      http.sendResponseHeaders(405, -1);
      return;
    }
    reset.run();
    http.sendResponseHeaders(204, -1);
  }

  private static void send(HttpExchange http, Answer answer, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    http.getResponseHeaders().set("Content-Type", "application/json");
    http.getResponseHeaders().set("X-Request-Id", "req-" + UUID.randomUUID());
    answer.headers.forEach(http.getResponseHeaders()::set);
    if ("HEAD".equals(http.getRequestMethod())) {
      http.sendResponseHeaders(answer.status, -1); // the headers a GET would get, no body
      return;
    }
    http.sendResponseHeaders(answer.status, bytes.length);
    try (OutputStream out = http.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static boolean isLongerThan(String contentLength, long limit) {
    try {
      return Long.parseLong(contentLength.trim()) > limit;
    } catch (NumberFormatException e) {
      return false; // the server itself refuses a malformed length
    }
  }

  /** The body as the journal keeps it: the text, with any bytes that are not UTF-8 replaced. */
  private static String text(IncomingRequest request) {
    return new String(request.body(), StandardCharsets.UTF_8);
  }
}
