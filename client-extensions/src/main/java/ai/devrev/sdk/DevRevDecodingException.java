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
  private final int statusCode;
  private final String requestId;
  private final String bodyExcerpt;
  private final String conversationId;
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

  /** The (successful) HTTP status whose body could not be decoded. */
  public int statusCode() {
    return statusCode;
  }

  /** DevRev's request id ({@code x-request-id}), for support tickets. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The start of the body as text, at most a few hundred characters. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** The created conversation's {@code id}, when the body held one that could be read. */
  public Optional<String> conversationId() {
    return Optional.ofNullable(conversationId);
  }

  /** The created conversation's {@code display_id}, when the body held one that could be read. */
  public Optional<String> conversationDisplayId() {
    return Optional.ofNullable(conversationDisplayId);
  }
}
