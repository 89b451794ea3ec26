package ai.devrev.sdk;

import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/** The default log sink, SLF4J's logger {@code ai.devrev.sdk.http}; only loaded when logging is on and no sink was given. */
final class Slf4jSink {
  private Slf4jSink() {}

  static Consumer<String> create() {
    return LoggerFactory.getLogger("ai.devrev.sdk.http")::info;
  }
}
