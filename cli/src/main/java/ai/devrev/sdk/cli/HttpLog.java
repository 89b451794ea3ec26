package ai.devrev.sdk.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the client's HTTP log lines (logger {@value #LOGGER}) go while a command sends with
 * {@code --verbose}: the command's stderr. Global because SLF4J is; one command runs at a time.
 */
final class HttpLog {
  /** The client logs every exchange to this logger, at the level its {@code LogLevel} says. */
  static final String LOGGER = "ai.devrev.sdk.http";
  private static final Consumer<String> NOWHERE = line -> { };
  private static volatile Consumer<String> sink = NOWHERE;

  private HttpLog() {}

  /** Runs {@code work} with the log lines going to {@code target}, and nowhere after. */
  static <T> T to(Consumer<String> target, Supplier<T> work) {
    sink = target;
    try {
      return work.get();
    } finally {
      sink = NOWHERE;
    }
  }

  static void write(String line) {
    sink.accept(line);
  }
}
