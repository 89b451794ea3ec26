package ai.devrev.sdk.cli;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * One {@code --message TEXT} and the {@code --artifact ID}s after it: picocli repeats this group, so
 * {@code --message a --artifact X --message b} gives two messages, the first with an artifact.
 */
final class MessageOptions {
  @Option(names = "--message", required = true, paramLabel = "TEXT",
      description = "A message on the new conversation (messages[].body); repeatable.")
  String body;

  @Option(names = "--artifact", paramLabel = "ID",
      description = "An artifact to attach to the --message before it (messages[].artifacts); repeatable.")
  List<String> artifacts;

  ConversationsCreateRequest.Message toMessage() {
    return ConversationsCreateRequest.Message.builder().body(body).artifacts(artifacts).build();
  }
}
