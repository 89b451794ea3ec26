package ai.devrev.sdk;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * Keeps a create off an HTTP/1.1 connection the server has already closed. Servers and load balancers
 * close idle connections after a few seconds (Node, Apache and gunicorn after 1 to 5), and a request
 * written into such a connection fails in a way that looks as if the server may have read it, so it
 * could not be sent again. Before a request is written on a reused connection, this network interceptor
 * asks the socket whether the server has closed it (or sent something unasked, such as a 408 or a TLS
 * close_notify) and retires a connection idle past the server's own {@code Keep-Alive: timeout}. Such a
 * connection is closed and the attempt fails with {@link StaleConnection} before a byte of the request
 * is written: provably not sent, so the client sends it, once, on another connection.
 *
 * <p>On sockets from {@link ChannelSocketFactory} (plain http through the default socket factory) the
 * question costs one non-blocking read. On others (TLS, a caller's own socket factory) it needs a read
 * with a 1 ms timeout, so it is asked only after {@link #BLOCKING_PROBE_AFTER_NANOS} of idleness.
 * What stays possible is the race no client can rule out: a server closing at the very moment the request
 * is written; that failure is reported as possibly sent. HTTP/2 connections are left alone (the server's
 * GOAWAY says which streams it never processed).
 */
final class ConnectionReuseGuard implements Interceptor {
  static final long BLOCKING_PROBE_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  private final Map<Connection, Idle> used = Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    boolean http1 = connection != null && connection.protocol() != Protocol.HTTP_2 && connection.protocol() != Protocol.H2_PRIOR_KNOWLEDGE;
    if (http1) {
      Idle idle = used.get(connection);
      String stale = idle == null ? null : staleness(connection.socket(), idle, System.nanoTime());
      if (stale != null) {
        used.remove(connection);
        closeQuietly(connection.socket());
        throw new StaleConnection("The server had closed the reused connection (" + stale + ")");
      }
    }
    Response response = chain.proceed(chain.request());
    if (http1) {
      used.put(connection, new Idle(System.nanoTime(), keepAliveNanos(response.header("Keep-Alive"))));
    }
    return response;
  }

  /** Why the connection must not carry a request, or {@code null} when it may. */
  static String staleness(Socket socket, Idle idle, long now) {
    long idleNanos = now - idle.since;
    if (idle.keepAliveNanos > 0 && idleNanos >= idle.keepAliveNanos - Math.min(TimeUnit.SECONDS.toNanos(1), idle.keepAliveNanos / 2)) {
      return "idle past the server's Keep-Alive timeout";
    }
    SocketChannel channel = socket.getChannel();
    if (channel != null) {
      return peek(channel);
    }
    return idleNanos >= BLOCKING_PROBE_AFTER_NANOS ? probe(socket) : null;
  }

  private static String peek(SocketChannel channel) {
    synchronized (channel.blockingLock()) {
      try {
        channel.configureBlocking(false);
        try {
          int read = channel.read(ByteBuffer.allocate(1));
          return read < 0 ? "closed" : read > 0 ? "it sent bytes nobody asked for" : null;
        } finally {
          channel.configureBlocking(true);
        }
      } catch (IOException broken) {
        return "broken: " + broken.getClass().getSimpleName();
      }
    }
  }

  private static String probe(Socket socket) {
    int timeout = -1;
    try {
      timeout = socket.getSoTimeout();
      socket.setSoTimeout(1);
      return socket.getInputStream().read() < 0 ? "closed" : "it sent bytes nobody asked for";
    } catch (SocketTimeoutException healthy) {
      return null;
    } catch (IOException broken) {
      return "broken: " + broken.getClass().getSimpleName();
    } finally {
      if (timeout >= 0) {
        try {
          socket.setSoTimeout(timeout);
        } catch (IOException ignored) {
          // The next read reports a socket that broke meanwhile.
        }
      }
    }
  }

  /** {@code Keep-Alive: timeout=5, max=100} → 5 s in nanoseconds; 0 when absent or unreadable. */
  static long keepAliveNanos(String header) {
    if (header == null) {
      return 0;
    }
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("timeout")) {
        try {
          long seconds = Long.parseLong(pair[1].strip());
          return seconds > 0 && seconds < 86_400 ? TimeUnit.SECONDS.toNanos(seconds) : 0;
        } catch (NumberFormatException unreadable) {
          return 0;
        }
      }
    }
    return 0;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing is what was wanted.
    }
  }

  /** When a connection last carried an answer, and how long its server said it keeps idle ones. */
  static final class Idle {
    final long since;
    final long keepAliveNanos;

    Idle(long since, long keepAliveNanos) {
      this.since = since;
      this.keepAliveNanos = keepAliveNanos;
    }
  }

  /** The attempt stopped before writing: its connection had been closed by the server. */
  static final class StaleConnection extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnection(String message) {
      super(message);
    }
  }
}
