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
 * is written: provably not sent, so the client sends it, once, on another connection. When a request was
 * written into a reused connection the server closed at that very moment, the server's reset of the
 * unread request proves the same ({@link #resetAfterItsEnd}); a server that read the request and then
 * closed sends none, and that failure is reported as possibly sent.
 *
 * <p>On sockets from {@link ChannelSocketFactory} (plain http through the default socket factory) the
 * question costs one non-blocking read, and their reads wait without a socket timeout (Okio's timeout,
 * which closes the socket, bounds them instead; a socket timeout would make each read switch the channel's
 * blocking mode twice). On others (TLS, a caller's own socket factory) it needs a read
 * with a 1 ms timeout, so it is asked only after {@link #BLOCKING_PROBE_AFTER_NANOS} of idleness.
 * On TLS connections that proof is not available (the reset arrives under the TLS layer), so a close
 * racing the request there is reported as possibly sent. HTTP/2 connections are left alone (the server's
 * GOAWAY says which streams it never processed).
 */
final class ConnectionReuseGuard implements Interceptor {
  static final long BLOCKING_PROBE_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  private static final byte[] EMPTY_LINE = {'\r', '\n'};
  private final Map<Connection, Idle> used = Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    boolean http1 = connection != null && connection.protocol() != Protocol.HTTP_2 && connection.protocol() != Protocol.H2_PRIOR_KNOWLEDGE;
    if (http1 && connection.socket().getChannel() != null) {
      // Okio's timeout enforces the read timeout already (it closes the socket). A socket timeout on a
      // channel's socket makes every read switch the channel to non-blocking and back: two system calls
      // per read, a tenth of a create's cost on loopback.
      connection.socket().setSoTimeout(0);
    }
    if (http1) {
      Idle idle = used.get(connection);
      String stale = idle == null ? null : staleness(connection.socket(), idle, System.nanoTime());
      if (stale != null) {
        used.remove(connection);
        closeQuietly(connection.socket());
        throw new StaleConnection("The server had closed the reused connection (" + stale + ")");
      }
    }
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      SocketChannel channel = http1 && used.containsKey(connection) ? connection.socket().getChannel() : null;
      if (channel != null && resetAfterItsEnd(channel, e)) {
        throw new StaleConnection("The server had closed the reused connection: it reset the request unread");
      }
      throw e;
    }
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

  /**
   * After an attempt on a reused connection ended without an answer, whether the server had closed the
   * connection before reading the request. A server that closed first sent its end of stream (the
   * attempt saw that, not a reset) and then answers the request's bytes, which reach a closed socket,
   * with a reset; a server that read the whole request and then closed sends no reset. The reset is
   * invisible to reads once the end of stream has been seen, but not to a write: after a moment (a round
   * trip on loopback, where plain http may go), one empty line (which HTTP servers ignore before a
   * request) is written; if that write fails, the reset had come, and the request was never read.
   */
  static boolean resetAfterItsEnd(SocketChannel channel, IOException failure) {
    if (!endedByTheServer(failure)) {
      return false;
    }
    java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    synchronized (channel.blockingLock()) {
      try {
        channel.configureBlocking(false);
        try {
          channel.write(ByteBuffer.wrap(EMPTY_LINE));
          return false;
        } finally {
          channel.configureBlocking(true);
        }
      } catch (IOException reset) {
        return true;
      }
    }
  }

  /** The attempt ended at the server's end of stream, not at a reset, a timeout or anything else. */
  private static boolean endedByTheServer(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.io.EOFException) {
        return true;
      }
      if (cause instanceof java.net.SocketException || cause instanceof java.io.InterruptedIOException) {
        return false;
      }
    }
    return false;
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
