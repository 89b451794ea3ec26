package ai.devrev.sdk.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback server answering every create with the same realistic 201, for end-to-end and cold-start
 * runs. The JDK's own server: small, fast, and the same for every contender.
 */
final class LocalDevRev implements AutoCloseable {
  private final HttpServer server;
  /** As many handler threads as the most client threads a benchmark uses, so the server is not the limit. */
  private final ExecutorService executor = Executors.newFixedThreadPool(32);

  LocalDevRev(byte[] body) throws IOException {
    // Headers and body go out as two writes: without TCP_NODELAY, Nagle and delayed ACKs add 40 ms to each.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
        in.readAllBytes();
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(201, body.length);
        out.write(body);
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
