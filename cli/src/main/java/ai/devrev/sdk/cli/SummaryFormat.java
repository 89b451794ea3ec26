package ai.devrev.sdk.cli;

import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.TagWithValue;
import ai.devrev.sdk.model.UserSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code --output summary}: the created conversation in a few aligned lines, those without a value left out. */
final class SummaryFormat {
  private SummaryFormat() {}

  static List<String> lines(Conversation conversation) {
    List<String> lines = new ArrayList<>();
    add(lines, "conversation", conversation.displayId().map(id -> id + " (" + conversation.id() + ")")
        .orElse(conversation.id()));
    conversation.title().ifPresent(title -> add(lines, "title", title));
    conversation.stage().ifPresent(stage -> add(lines, "stage", stage.name()));
    add(lines, "members", users(conversation.members()));
    add(lines, "owned by", users(conversation.ownedBy()));
    add(lines, "tags", conversation.tags().stream().map(SummaryFormat::tag).collect(Collectors.joining(", ")));
    if (!conversation.messages().isEmpty()) {
      add(lines, "messages", String.valueOf(conversation.messages().size()));
    }
    conversation.createdDate().ifPresent(date -> add(lines, "created at", date.toString()));
    return lines;
  }

  private static String users(List<UserSummary> users) {
    return users.stream().map(user -> user.displayId().orElse(user.id())).collect(Collectors.joining(", "));
  }

  private static String tag(TagWithValue tag) {
    return tag.tag().name() + tag.value().map(value -> "=" + value).orElse("");
  }

  private static void add(List<String> lines, String label, String value) {
    if (!value.isEmpty()) {
      lines.add(String.format("%-13s %s", label, value));
    }
  }
}
