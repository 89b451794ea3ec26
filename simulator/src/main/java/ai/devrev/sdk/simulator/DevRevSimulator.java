package ai.devrev.sdk.simulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;

/**
 * A local stand-in for DevRev's {@code POST /conversations.create}, for tests that must not call DevRev.
 *
 * <p>Why: a client's tests need a server that behaves like DevRev (checks the token, rejects what
 * DevRev rejects with the error DevRev sends, answers with bodies of the right shape), can be told to
 * fail (429, 500, 503...), and shows what the client sent. This one validates each request against our
 * OpenAPI document, answers from its examples (echoing the request's fields), checks every answer
 * against the same document and records every exchange.
 *
 * <pre>{@code
 * try (DevRevSimulator devrev = DevRevSimulator.start()) {
 *   DevRevClient client = DevRevClient.builder().baseUrl(devrev.baseUrl()).token("any").build();
 *   devrev.enqueue(SimulatedError.TOO_MANY_REQUESTS);   // the next request gets a 429
 *   ...
 *   assertThat(devrev.lastExchange().body()).contains("\"type\":\"support\"");
 * }
 * }</pre>
 */
public final class DevRevSimulator implements AutoCloseable {
  /** The request header that asks for a {@link SimulatedError}, by status ({@code 429}) or example name. */
  public static final String RESPOND_WITH_HEADER = "X-Simulator-Respond-With";

  private final MockWebServer server;
  private final SimulatorDispatcher dispatcher;
  private final List<SimulatedExchange> exchanges = new CopyOnWriteArrayList<>();

  private DevRevSimulator(Builder builder) {
    this.dispatcher = new SimulatorDispatcher(SpecExamples.load(), OurSpec.VALIDATOR, builder.requiredToken, builder.clock,
        exchanges::add);
    this.server = new MockWebServer();
    server.setDispatcher(dispatcher);
    try {
      server.start(builder.host, builder.port);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the simulator on " + builder.host + ":" + builder.port, e);
    }
  }

  /** Starts a simulator on a free port of the loopback interface, accepting any bearer token. */
  public static DevRevSimulator start() {
    return builder().start();
  }

  /** Options: port, host, the one token to accept. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL to give the client, ending in {@code /}, e.g. {@code http://localhost:54321/}. */
  public String baseUrl() {
    return server.url("/").toString();
  }

  /** The port it listens on. */
  public int port() {
    return server.getPort();
  }

  /** The next request (whatever it is) gets this error. Queued errors are used in order. */
  public void enqueue(SimulatedError error) {
    dispatcher.enqueue(Objects.requireNonNull(error, "error"));
  }

  /** The next request gets the first {@link SimulatedError} with this status (400, 401, 403, 429, 500, 503). */
  public void enqueueError(int status) {
    enqueue(SimulatedError.of(String.valueOf(status)));
  }

  /** Every exchange so far, oldest first. */
  public List<SimulatedExchange> exchanges() {
    return new ArrayList<>(exchanges);
  }

  /** The most recent exchange. */
  public SimulatedExchange lastExchange() {
    if (exchanges.isEmpty()) {
      throw new IllegalStateException("The simulator has received no request");
    }
    return exchanges.get(exchanges.size() - 1);
  }

  /** Forgets the exchanges and the queued errors. */
  public void reset() {
    exchanges.clear();
    dispatcher.clearQueue();
  }

  /** Stops listening. */
  @Override
  public void close() {
    server.close();
  }

  /** Our spec's validator, built once (it takes a few hundred milliseconds) and shared by every simulator. */
  private static final class OurSpec {
    static final OpenApiInteractionValidator VALIDATOR = SpecValidators.builderFor(SpecValidators.ourSpec()).build();
  }

  /** How to start a {@link DevRevSimulator}. */
  public static final class Builder {
    private int port;
    private InetAddress host = InetAddress.getLoopbackAddress();
    private String requiredToken;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The port to listen on; 0 (the default) picks a free one, which tests should prefer. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The address to listen on; the loopback interface by default. */
    public Builder host(InetAddress host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** Accept only this bearer token (by default any non-blank token is accepted). */
    public Builder requiredToken(String token) {
      this.requiredToken = Objects.requireNonNull(token, "token");
      return this;
    }

    /** The clock the created conversations' dates come from. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Starts the simulator. */
    public DevRevSimulator start() {
      return new DevRevSimulator(this);
    }
  }
}
