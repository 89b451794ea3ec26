package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A create never goes out on a connection the server has closed, and is never repeated when the server
 * may have read it.
 */
class ConnectionReuseGuardTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().title("Hi").build();

  @Test
  void aConnectionClosedRightAfterTheAnswerIsNotReused() throws Exception {
    server.enqueue(new MockResponse.Builder(created()).onResponseEnd(new SocketEffect.CloseSocket()).build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().maxRetries(0).build()) {
      client.conversations().create(REQUEST);
      TimeUnit.MILLISECONDS.sleep(200); // lets the server's FIN arrive, as it would between two user calls
      client.conversations().create(REQUEST);
    }
    assertThat(server.getRequestCount()).as("one request per create").isEqualTo(2);
    take();
    assertThat(take().getConnectionIndex()).as("the second create went out on a new connection").isEqualTo(1);
  }

  @Test
  void aServerThatReadsTheRequestThenClosesMayHaveActedOnIt() throws Exception {
    server.enqueue(created());
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(REQUEST);
      DevRevIoException e = catchThrowableOfType(DevRevIoException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.mayHaveReachedServer()).isTrue();
    }
    assertThat(server.getRequestCount()).as("the create the server read is not repeated").isEqualTo(2);
  }

  @Test
  void aConnectionIdlePastTheServersKeepAliveTimeoutIsRetired() throws Exception {
    server.enqueue(new MockResponse.Builder(created()).addHeader("Keep-Alive", "timeout=1").build());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().maxRetries(0).build()) {
      client.conversations().create(REQUEST);
      TimeUnit.MILLISECONDS.sleep(600); // past half of the server's one second
      client.conversations().create(REQUEST);
    }
    take();
    assertThat(take().getConnectionIndex()).isEqualTo(1);
  }

  @Test
  void aHealthyConnectionIsReused() throws Exception {
    server.enqueue(created());
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      client.conversations().create(REQUEST);
      client.conversations().create(REQUEST);
    }
    take();
    assertThat(take().getConnectionIndex()).isZero();
  }

  @Test
  void readsTheKeepAliveTimeout() {
    assertThat(ConnectionReuseGuard.keepAliveNanos("timeout=5, max=100")).isEqualTo(TimeUnit.SECONDS.toNanos(5));
    assertThat(ConnectionReuseGuard.keepAliveNanos(" max=3 , Timeout = 2")).isEqualTo(TimeUnit.SECONDS.toNanos(2));
    assertThat(ConnectionReuseGuard.keepAliveNanos(null)).isZero();
    assertThat(ConnectionReuseGuard.keepAliveNanos("timeout=soon")).isZero();
    assertThat(ConnectionReuseGuard.keepAliveNanos("timeout=-1")).isZero();
  }

  /** Both ways of asking a socket: a non-blocking read on a channel socket, a 1 ms read on any other. */
  @ParameterizedTest(name = "channel socket: {0}")
  @ValueSource(booleans = {true, false})
  void tellsAClosedOrChattySocketFromAHealthyOne(boolean channel) throws Exception {
    SocketFactory sockets = channel ? new ChannelSocketFactory() : SocketFactory.getDefault();
    long longIdle = ConnectionReuseGuard.BLOCKING_PROBE_AFTER_NANOS + 1;
    ConnectionReuseGuard.Idle idle = new ConnectionReuseGuard.Idle(0, 0);
    try (ServerSocket listener = new ServerSocket(0)) {
      try (Socket healthy = connect(sockets, listener); Socket accepted = listener.accept()) {
        assertThat(ConnectionReuseGuard.staleness(healthy, idle, longIdle)).isNull();
        accepted.getOutputStream().write('x');
        awaitReadable(healthy);
        assertThat(ConnectionReuseGuard.staleness(healthy, idle, longIdle)).contains("sent bytes");
      }
      try (Socket closed = connect(sockets, listener)) {
        listener.accept().close();
        awaitReadable(closed);
        assertThat(ConnectionReuseGuard.staleness(closed, idle, longIdle)).isEqualTo("closed");
      }
    }
  }

  @Test
  void retiresAConnectionPastItsKeepAliveWithoutTouchingTheSocket() throws Exception {
    ConnectionReuseGuard.Idle idle = new ConnectionReuseGuard.Idle(0, TimeUnit.SECONDS.toNanos(4));
    try (Socket unconnected = new Socket()) {
      assertThat(ConnectionReuseGuard.staleness(unconnected, idle, TimeUnit.SECONDS.toNanos(3))).contains("Keep-Alive");
    }
  }

  @Test
  void aResetAfterTheServersEndProvesTheRequestWasNotRead() throws Exception {
    IOException endOfStream = new IOException("unexpected end of stream", new java.io.EOFException());
    try (ServerSocket listener = new ServerSocket(0)) {
      // The server closes first; the request then reaches a closed socket and is reset.
      try (Socket client = connect(new ChannelSocketFactory(), listener)) {
        listener.accept().close();
        awaitReadable(client);
        client.getOutputStream().write("POST /conversations.create HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(ConnectionReuseGuard.resetAfterItsEnd(client.getChannel(), endOfStream)).isTrue();
      }
      // The server reads the whole request, then closes: no reset, no proof.
      try (Socket client = connect(new ChannelSocketFactory(), listener); Socket accepted = listener.accept()) {
        byte[] request = "POST /conversations.create HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        client.getOutputStream().write(request);
        accepted.getInputStream().readNBytes(request.length);
        accepted.close();
        awaitReadable(client);
        assertThat(ConnectionReuseGuard.resetAfterItsEnd(client.getChannel(), endOfStream)).isFalse();
      }
    }
  }

  @Test
  void aResetInPlaceOfTheServersEndProvesNothing() throws Exception {
    IOException reset = new java.net.SocketException("reset");
    try (ServerSocket listener = new ServerSocket(0); Socket client = connect(new ChannelSocketFactory(), listener)) {
      listener.accept().close();
      awaitReadable(client);
      assertThat(ConnectionReuseGuard.resetAfterItsEnd(client.getChannel(), reset)).isFalse();
    }
  }

  private static Socket connect(SocketFactory sockets, ServerSocket listener) throws IOException {
    Socket socket = sockets.createSocket();
    socket.connect(listener.getLocalSocketAddress());
    return socket;
  }

  /** Waits until the peer's byte or FIN has arrived, without consuming it. */
  private static void awaitReadable(Socket socket) throws Exception {
    InputStream probe = socket.getInputStream();
    for (int i = 0; i < 100 && probe.available() == 0; i++) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    TimeUnit.MILLISECONDS.sleep(20); // a FIN shows in no counter; give it the same time
  }
}
