package ai.devrev.sdk.cli;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** The SLF4J logger the client's HTTP log lines arrive at: info and above go to {@link HttpLog}. */
final class HttpLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  HttpLogger() {
    this.name = HttpLog.LOGGER;
  }

  @Override
  public boolean isTraceEnabled() {
    return false;
  }

  @Override
  public boolean isDebugEnabled() {
    return false;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
      Throwable throwable) {
    HttpLog.write(MessageFormatter.basicArrayFormat(messagePattern, arguments));
  }
}
