package ai.devrev.sdk.cli;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads {@code --json FILE|-}: a whole request body, decoded into the generated request type before
 * anything is sent, so a malformed or mistyped body is a usage error and not a 400 from DevRev.
 */
final class RequestFile {
  private RequestFile() {}

  static ConversationsCreateRequest read(String source, CliContext context) {
    String label = "-".equals(source) ? "- (stdin)" : source;
    ConversationsCreateRequest request;
    try {
      request = Json.request(text(source, context));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--json " + label + " is not a conversations.create request: " + e.getMessage());
    }
    if (!request.additionalProperties().isEmpty()) {
      context.console().err("note: --json " + label + " has properties this client does not model, sent as they are: "
          + String.join(", ", request.additionalProperties().keySet()));
    }
    return request;
  }

  private static String text(String source, CliContext context) {
    try {
      if ("-".equals(source)) {
        return new String(context.stdin().readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(source));
    } catch (IOException | InvalidPathException e) {
      throw new UsageException("cannot read --json " + source + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
  }
}
