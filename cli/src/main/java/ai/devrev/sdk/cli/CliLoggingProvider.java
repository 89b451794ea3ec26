package ai.devrev.sdk.cli;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The command line's SLF4J provider (registered in {@code META-INF/services}): the client's HTTP log goes
 * to the command's stderr through {@link HttpLog}; every other logger (the simulator's OpenAPI tooling)
 * is silent, so stderr holds only what the command means to say.
 *
 * <p>Why not slf4j-simple: it writes to {@code System.err} as the JVM started with it and reads its level
 * from system properties, so neither {@code --verbose} nor a test's captured stderr would reach it.
 */
public final class CliLoggingProvider implements SLF4JServiceProvider {
  private final ILoggerFactory loggers = new Loggers();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** Called by SLF4J's service loader. */
  public CliLoggingProvider() {}

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // Nothing to set up: the sink is chosen per command by HttpLog.
  }

  /** The HTTP logger for {@value HttpLog#LOGGER}, a silent one for any other name. */
  private static final class Loggers implements ILoggerFactory {
    private final Logger http = new HttpLogger();

    @Override
    public Logger getLogger(String name) {
      return HttpLog.LOGGER.equals(name) ? http : NOPLogger.NOP_LOGGER;
    }
  }
}
