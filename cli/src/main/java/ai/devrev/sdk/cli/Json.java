package ai.devrev.sdk.cli;

import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.DevRevMoshi;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * JSON in and out with the generated Moshi adapters, the same ones the client sends with: what is
 * printed as "sent" is what goes on the wire (indented), and what is accepted is what the client can encode.
 * Input is strict: one JSON document, nothing after it.
 */
final class Json {
  private static final Moshi MOSHI = DevRevMoshi.create();
  private static final JsonAdapter<Object> VALUE = MOSHI.adapter(Object.class);
  /** What the user writes is checked strictly: a value that does not fit is an error, not left out. */
  private static final JsonAdapter<ConversationsCreateRequest> REQUEST =
      DevRevMoshi.createStrict().adapter(ConversationsCreateRequest.class);
  private static final JsonAdapter<Conversation> CONVERSATION = MOSHI.adapter(Conversation.class);
  private static final String INDENT = "  ";

  private Json() {}

  /**
   * Any JSON value (free-form: integers stay exact).
   *
   * @throws IllegalArgumentException when {@code text} is not one JSON value
   */
  static Object value(String text) {
    return decode(VALUE, text);
  }

  /**
   * A request, decoded into the generated type: types are checked and {@code type} is required.
   *
   * @throws IllegalArgumentException when {@code text} is not such a request
   */
  static ConversationsCreateRequest request(String text) {
    ConversationsCreateRequest request = decode(REQUEST, text);
    if (request == null) {
      throw new IllegalArgumentException("null is not a request object");
    }
    return request;
  }

  static String pretty(ConversationsCreateRequest request) {
    return REQUEST.indent(INDENT).toJson(request);
  }

  static String pretty(Conversation conversation) {
    return CONVERSATION.indent(INDENT).toJson(conversation);
  }

  private static <T> T decode(JsonAdapter<T> adapter, String text) {
    try {
      return adapter.fromJson(text);
    } catch (IOException | RuntimeException e) {
      // Moshi's messages name the JSON path; its advice to go lenient is for programmers, not for users.
      String message = String.valueOf(e.getMessage())
          .replace("Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON");
      throw new IllegalArgumentException(message, e);
    }
  }
}
