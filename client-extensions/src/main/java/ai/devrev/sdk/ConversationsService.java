package ai.devrev.sdk;

import ai.devrev.sdk.api.ConversationsApi;
import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * DevRev's conversations: {@code client.conversations().create(request)}. The four faces (blocking or
 * async, the conversation or the whole response) share one pipeline and fail with the same exceptions:
 * an async call's future fails with the exception the blocking call would throw.
 *
 * <p>A {@code create} is not idempotent: it is sent again only when DevRev certainly did not act on it
 * (see the client's README). Every method throws {@link NullPointerException} for a {@code null}
 * argument. A request JSON cannot carry (a lone surrogate in a string) is refused before anything is
 * sent: the blocking methods throw {@link IllegalArgumentException}, the async ones' futures fail with it.
 */
public final class ConversationsService {
  private final ConversationsApi api;
  private final RequestExecutor executor;

  ConversationsService(ConversationsApi api, RequestExecutor executor) {
    this.api = api;
    this.executor = executor;
  }

  /**
   * Creates a conversation and returns it.
   *
   * @param request the conversation to create
   * @return the created conversation
   */
  public Conversation create(ConversationsCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a conversation with per-call options and returns it.
   *
   * @param request the conversation to create
   * @param options settings for this call only
   * @return the created conversation
   */
  public Conversation create(ConversationsCreateRequest request, RequestOptions options) {
    return createRaw(request, options).body().conversation();
  }

  /**
   * Creates a conversation and returns the whole response: status, headers, request id, rate limits, body.
   *
   * @param request the conversation to create
   * @return the response
   */
  public DevRevResponse<ConversationsCreateResponse> createRaw(ConversationsCreateRequest request) {
    return createRaw(request, RequestOptions.none());
  }

  /**
   * {@link #createRaw(ConversationsCreateRequest)} with per-call options.
   *
   * @param request the conversation to create
   * @param options settings for this call only
   * @return the response
   */
  public DevRevResponse<ConversationsCreateResponse> createRaw(ConversationsCreateRequest request, RequestOptions options) {
    return executor.execute(call(request), Objects.requireNonNull(options, "options"));
  }

  /**
   * Creates a conversation without blocking; the future fails with the exceptions {@link #create} throws.
   *
   * @param request the conversation to create
   * @return a future of the created conversation
   */
  public CompletableFuture<Conversation> createAsync(ConversationsCreateRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * {@link #createAsync(ConversationsCreateRequest)} with per-call options; the timeout counts from this call.
   *
   * @param request the conversation to create
   * @param options settings for this call only
   * @return a future of the created conversation
   */
  public CompletableFuture<Conversation> createAsync(ConversationsCreateRequest request, RequestOptions options) {
    CompletableFuture<DevRevResponse<ConversationsCreateResponse>> raw = createRawAsync(request, options);
    CompletableFuture<Conversation> conversation = raw.thenApply(response -> response.body().conversation());
    // Cancelling what the caller holds cancels the call beneath, which frees its slot.
    conversation.whenComplete((created, failure) -> {
      if (conversation.isCancelled()) {
        raw.cancel(true);
      }
    });
    return conversation;
  }

  /**
   * The whole response without blocking.
   *
   * @param request the conversation to create
   * @return a future of the response
   */
  public CompletableFuture<DevRevResponse<ConversationsCreateResponse>> createRawAsync(ConversationsCreateRequest request) {
    return createRawAsync(request, RequestOptions.none());
  }

  /**
   * The whole response without blocking, with per-call options; the timeout counts from this call.
   *
   * @param request the conversation to create
   * @param options settings for this call only
   * @return a future of the response
   */
  public CompletableFuture<DevRevResponse<ConversationsCreateResponse>> createRawAsync(
      ConversationsCreateRequest request, RequestOptions options) {
    return executor.executeAsync(call(request), Objects.requireNonNull(options, "options"));
  }

  private Supplier<Call<ConversationsCreateResponse>> call(ConversationsCreateRequest request) {
    Objects.requireNonNull(request, "request");
    return () -> api.conversationsCreate(request);
  }

  /** What identifies a created conversation, when a 201 lacks it: its {@code conversation} and that one's {@code id}. */
  static String missingConversation(Object decoded) {
    Conversation conversation = ((ConversationsCreateResponse) decoded).conversation();
    if (conversation == null) {
      return "no conversation at $.conversation";
    }
    return conversation.id() == null ? "no id at $.conversation.id" : null;
  }
}
