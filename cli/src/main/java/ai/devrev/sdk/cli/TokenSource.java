package ai.devrev.sdk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the DevRev token: {@code --token-file} first, then {@code DEVREV_TOKEN}. There is deliberately no
 * {@code --token} flag: a command line is visible to every user of the machine ({@code ps}) and kept in
 * shell history. Messages name the source, never the token.
 */
final class TokenSource {
  static final String ENV = "DEVREV_TOKEN";

  private TokenSource() {}

  static Optional<String> find(Path tokenFile, CliContext context) {
    if (tokenFile != null) {
      return Optional.of(read(tokenFile));
    }
    return Optional.ofNullable(context.env(ENV));
  }

  private static String read(Path tokenFile) {
    String token;
    try {
      token = new String(Files.readAllBytes(tokenFile), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UsageException("cannot read --token-file " + tokenFile + ": " + e.getClass().getSimpleName());
    }
    if (token.isEmpty()) {
      throw new UsageException("--token-file " + tokenFile + " is empty");
    }
    return token;
  }
}
