package ai.devrev.sdk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: this build's version and the DevRev API version it speaks, filtered in by Maven. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"devrev-cli " + properties.getProperty("version", "unknown")
        + " (DevRev API " + properties.getProperty("api", "unknown") + ")"};
  }
}
