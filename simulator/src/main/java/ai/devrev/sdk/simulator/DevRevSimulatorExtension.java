package ai.devrev.sdk.simulator;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link DevRevSimulator} around JUnit 5 tests, so a test class needs one field to talk to a
 * DevRev that checks what it is sent.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();
 *
 * @Test
 * void createsAConversation() {
 *   DevRevClient client = DevRevClient.builder().baseUrl(devrev.baseUrl()).token("t").build();
 *   ...
 * }
 * }</pre>
 *
 * <p>In a {@code static} field one simulator serves the whole class and is reset after each test; in an
 * instance field each test gets its own. After each test the extension fails it if the simulator sent
 * an answer the spec rejects, so a spec change that the simulator does not follow is caught at once.
 * Test methods may also take a {@link DevRevSimulator} parameter.
 */
public final class DevRevSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final DevRevSimulator.Builder builder;
  private DevRevSimulator simulator;
  private boolean perClass;

  /** A simulator on a free port that accepts any bearer token. */
  public DevRevSimulatorExtension() {
    this(DevRevSimulator.builder());
  }

  /**
   * A simulator started from {@code builder} (to require a token, say).
   *
   * @param builder the simulator's options
   */
  public DevRevSimulatorExtension(DevRevSimulator.Builder builder) {
    this.builder = builder;
  }

  /**
   * The running simulator.
   *
   * @return the simulator
   */
  public DevRevSimulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("The simulator runs only while a test runs");
    }
    return simulator;
  }

  /**
   * The base URL to give the client, ending in {@code /}.
   *
   * @return its base URL
   */
  public String baseUrl() {
    return simulator().baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    simulator = builder.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (simulator == null) {
      simulator = builder.start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<SimulatedExchange> exchanges = simulator.exchanges();
    try {
      List<String> problems = exchanges.stream()
          .flatMap(exchange -> exchange.responseProblems().stream().map(p -> exchange.status() + " " + p))
          .collect(Collectors.toList());
      if (!problems.isEmpty()) {
        throw new AssertionError("The simulator answered with bodies our spec rejects:\n" + String.join("\n", problems));
      }
    } finally {
      if (perClass) {
        simulator.reset();
      } else {
        simulator.close();
        simulator = null;
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DevRevSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return simulator();
  }
}
