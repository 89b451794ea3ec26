package ai.devrev.sdk.cli;

import ai.devrev.sdk.DevRevResponse;
import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;

/**
 * Shows what was sent and what came back. What was sent, the status and the request id go to stderr;
 * stdout holds only the result ({@link Output}), so {@code --output json} pipes straight into {@code jq}.
 */
final class ResultPrinter {
  private final Console console;
  private final Output output;

  ResultPrinter(Console console, Output output) {
    this.console = console;
    this.output = output;
  }

  void sent(String endpoint, ConversationsCreateRequest request) {
    console.err("POST " + endpoint);
    console.err(Json.pretty(request));
  }

  void created(DevRevResponse<ConversationsCreateResponse> response) {
    console.err("HTTP " + response.statusCode() + response.requestId().map(id -> ", request id " + id).orElse(""));
    Conversation conversation = response.body().conversation();
    if (output == Output.SUMMARY) {
      SummaryFormat.lines(conversation).forEach(console::out);
      return;
    }
    String json;
    try {
      json = Json.pretty(conversation);
    } catch (RuntimeException unwritable) {
      // Text JSON cannot carry faithfully (a lone surrogate DevRev sent): the conversation exists, so say
      // what it is rather than fail.
      console.err("note: the conversation cannot be printed as JSON (" + unwritable.getMessage() + "); its summary:");
      SummaryFormat.lines(conversation).forEach(console::out);
      return;
    }
    console.out(json);
  }
}
