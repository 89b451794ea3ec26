package ai.devrev.sdk.reliability.real;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on a raw socket that behaves as real servers, proxies and load balancers do and
 * MockWebServer cannot: it closes a connection idle for longer than its keep-alive timeout (as Node,
 * Apache and gunicorn do after a few seconds), can close a connection right after answering without
 * saying so, and answers with whatever bytes a test scripts, invalid ones included. One thread per
 * connection; every request it read is recorded.
 */
final class RawHttpServer implements AutoCloseable {
  /** What to do with one request, given the request's index (0 for the first the server read). */
  interface Script {
    Answer answer(int index, Request request);
  }

  /** The bytes to write, and what to do with the connection afterwards. */
  static final class Answer {
    final byte[] bytes;
    final boolean closeAfter;
    final boolean silent;

    private Answer(byte[] bytes, boolean closeAfter) {
      this(bytes, closeAfter, false);
    }

    private Answer(byte[] bytes, boolean closeAfter, boolean silent) {
      this.bytes = bytes;
      this.closeAfter = closeAfter;
      this.silent = silent;
    }

    static Answer of(String raw) {
      return new Answer(raw.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A response with a correct {@code Content-Length} and the given extra header lines. */
    static Answer json(int status, String body, String... headers) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n")
          .append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length).append("\r\n");
      for (String header : headers) {
        head.append(header).append("\r\n");
      }
      byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[start.length + bytes.length];
      System.arraycopy(start, 0, all, 0, start.length);
      System.arraycopy(bytes, 0, all, start.length, bytes.length);
      return new Answer(all, false);
    }

    /** Close the connection right after writing, without a {@code Connection: close} header. */
    Answer thenClose() {
      return new Answer(bytes, true);
    }

    /** Read the request and answer nothing, keeping the connection open until the client closes it. */
    static Answer silence() {
      return new Answer(new byte[0], false, true);
    }

    /** Read the request, answer nothing, close. */
    static Answer closeWithoutAnswer() {
      return new Answer(new byte[0], true);
    }
  }

  /** A request as read: its head and its body. */
  static final class Request {
    final String head;
    final String body;

    Request(String head, String body) {
      this.head = head;
      this.body = body;
    }
  }

  private final ServerSocket listener;
  private final Duration idleTimeout;
  private final Script script;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final Queue<Request> received = new ConcurrentLinkedQueue<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  RawHttpServer(Duration idleTimeout, Script script) throws IOException {
    this.listener = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
    this.idleTimeout = idleTimeout;
    this.script = script;
    this.acceptor = new Thread(this::accept, "raw-http-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/";
  }

  int requests() {
    return requests.get();
  }

  int connections() {
    return connections.get();
  }

  Queue<Request> received() {
    return received;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        connections.incrementAndGet();
        open.add(socket);
        Thread connection = new Thread(() -> serve(socket), "raw-http-connection");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (Socket closing = socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      while (true) {
        // Idle: the next request must start within the keep-alive timeout, as on Node or gunicorn.
        socket.setSoTimeout((int) idleTimeout.toMillis());
        int first;
        try {
          first = in.read();
        } catch (SocketTimeoutException idle) {
          return;
        }
        if (first < 0) {
          return;
        }
        socket.setSoTimeout(10_000);
        String head = (char) first + readHead(in);
        int length = contentLength(head);
        byte[] body = in.readNBytes(length);
        Request request = new Request(head, new String(body, StandardCharsets.UTF_8));
        int index = requests.getAndIncrement();
        received.add(request);
        Answer answer = script.answer(index, request);
        out.write(answer.bytes);
        if (answer.silent) {
          while (in.read() >= 0) {
            // Until the client gives up and closes.
          }
          return;
        }
        if (answer.closeAfter) {
          socket.shutdownOutput(); // the FIN right behind the answer, as a server closing after answering sends it
          return;
        }
      }
    } catch (IOException gone) {
      // The client went away; nothing to answer.
    } finally {
      open.remove(socket);
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int[] end = {'\r', '\n', '\r', '\n'};
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request head cut off");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    return 0;
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : open) {
      socket.close();
    }
  }
}
