package ai.devrev.sdk;

import java.util.Optional;

/**
 * DevRev answered with success, but the body could not be made into the result: not JSON, cut short,
 * larger than the client's limit, without the created conversation, or (with strict decoding) a value
 * that does not fit the contract. The conversation was most likely created: {@link #conversationId()}
 * and {@link #conversationDisplayId()} give it when they could be read from the body, and
 * {@link #requestId()} and {@link #bodyExcerpt()} help find it otherwise. The message names the JSON path.
 */
public final class DevRevDecodingException extends DevRevException {
  private static final long serialVersionUID = 1L;
  /** The HTTP status. */
  private final int statusCode;
  /** DevRev's request id, or {@code null}. */
  private final String requestId;
  /** The start of the body, safe to show. */
  private final String bodyExcerpt;
  /** The created conversation's id, or {@code null}. */
  private final String conversationId;
  /** The created conversation's display id, or {@code null}. */
  private final String conversationDisplayId;

  DevRevDecodingException(int statusCode, String requestId, String problem, String bodyExcerpt,
      CreatedIds created, Throwable cause) {
    super("HTTP " + statusCode + " body could not be decoded: " + problem
        + (created.id == null ? "" : " (the conversation " + created.id + " was created)")
        + (requestId == null ? "" : " [request id " + requestId + "]"), cause, true);
    this.statusCode = statusCode;
    this.requestId = requestId;
    this.bodyExcerpt = bodyExcerpt;
    this.conversationId = created.id;
    this.conversationDisplayId = created.displayId;
  }

  /** {@return the (successful) HTTP status whose body could not be decoded} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return DevRev's request id ({@code x-request-id}), for support tickets} */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** {@return the start of the body as text, at most a few hundred characters} */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** {@return the created conversation's {@code id}, when the body held one that could be read} */
  public Optional<String> conversationId() {
    return Optional.ofNullable(conversationId);
  }

  /** {@return the created conversation's {@code display_id}, when the body held one that could be read} */
  public Optional<String> conversationDisplayId() {
    return Optional.ofNullable(conversationDisplayId);
  }
}
