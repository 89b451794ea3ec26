package ai.devrev.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.simulator.DevRevSimulator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs the command line in-process, the way {@code java -jar} would, but with an environment, stdin and
 * local simulator of the test's choosing and stdout/stderr captured. The real environment is never read:
 * a developer's own {@code DEVREV_TOKEN} cannot leak into a test, nor a test reach DevRev.
 */
final class CliRunner {
  /** Long enough for the console to redact it; tests assert it is never printed. */
  static final String TOKEN = "drv-test-token-7f3a9c2e51b8";

  private final Map<String, String> environment = new HashMap<>();
  private String stdin = "";
  private Supplier<DevRevSimulator> simulators = () -> {
    throw new AssertionError("The command started the local simulator, but the test expected it not to");
  };

  static CliRunner cli() {
    return new CliRunner();
  }

  CliRunner env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  CliRunner token() {
    return env("DEVREV_TOKEN", TOKEN);
  }

  CliRunner stdin(String text) {
    stdin = text;
    return this;
  }

  /** Without a token or base URL, the command uses this simulator (and closes it when done). */
  CliRunner localSimulator(DevRevSimulator simulator) {
    simulators = () -> simulator;
    return this;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new Console(new PrintWriter(out, true), new PrintWriter(err, true)), simulators);
    int exitCode = new DevRevCli(context).run(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** {@code conversations create} followed by {@code args}. */
  Result create(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "conversations";
    all[1] = "create";
    System.arraycopy(args, 0, all, 2, args.length);
    return run(all);
  }

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {
    List<String> errLines() {
      return Arrays.stream(err.split("\\R")).filter(line -> !line.isBlank()).collect(Collectors.toList());
    }

    /** The one line starting with {@code error:}; fails unless there is exactly one. */
    String errorLine() {
      List<String> errors = errLines().stream().filter(line -> line.startsWith("error:")).collect(Collectors.toList());
      assertThat(errors).as("error lines on stderr:%n%s", err).hasSize(1);
      return errors.get(0);
    }

    String all() {
      return out + err;
    }
  }
}
