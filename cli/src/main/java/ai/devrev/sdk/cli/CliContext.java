package ai.devrev.sdk.cli;

import ai.devrev.sdk.simulator.DevRevSimulator;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the command line gets from the world, injected so that tests drive it in-process: the
 * environment (never read from {@link System#getenv()} elsewhere), standard input, the console, and how
 * to start the local simulator.
 */
record CliContext(Map<String, String> environment, InputStream stdin, Console console,
    Supplier<DevRevSimulator> simulators) {

  CliContext {
    environment = Map.copyOf(environment);
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(console, "console");
    Objects.requireNonNull(simulators, "simulators");
  }

  /** The real process: its environment, stdin, stdout and stderr, and a fresh simulator on a free port. */
  static CliContext system() {
    Charset charset = Charset.defaultCharset();
    return new CliContext(System.getenv(), System.in,
        new Console(new PrintWriter(new OutputStreamWriter(System.out, charset), true),
            new PrintWriter(new OutputStreamWriter(System.err, charset), true)),
        DevRevSimulator::start);
  }

  /** An environment variable, or null when unset or blank. */
  String env(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
