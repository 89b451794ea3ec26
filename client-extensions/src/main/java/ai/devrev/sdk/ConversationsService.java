package ai.devrev.sdk;

import ai.devrev.sdk.api.ConversationsApi;
import ai.devrev.sdk.errors.DevRevDecodingException;
import ai.devrev.sdk.errors.DevRevException;
import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.JsonProblemsException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * DevRev's conversations: {@code client.conversations().create(request)}. Blocking, async and raw
 * (status, headers, request id) forms share one pipeline and throw the same exceptions.
 */
public final class ConversationsService {
  private final DevRevClient client;

  ConversationsService(DevRevClient client) {
    this.client = client;
  }

  /** Creates a conversation and returns it. */
  public Conversation create(ConversationsCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  public Conversation create(ConversationsCreateRequest request, RequestOptions options) {
    return createRaw(request, options).body().conversation();
  }

  /** Creates a conversation and returns the whole response: status, headers, request id and body. */
  public DevRevResponse<ConversationsCreateResponse> createRaw(ConversationsCreateRequest request) {
    return createRaw(request, RequestOptions.none());
  }

  public DevRevResponse<ConversationsCreateResponse> createRaw(ConversationsCreateRequest request, RequestOptions options) {
    Call<ConversationsCreateResponse> call = newCall(request, options);
    try {
      return handle(call.execute());
    } catch (Exception e) {
      throw Failures.map(e, status(call));
    }
  }

  /** Creates a conversation without blocking; the future fails with the same exceptions as {@link #create}. */
  public CompletableFuture<Conversation> createAsync(ConversationsCreateRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  public CompletableFuture<Conversation> createAsync(ConversationsCreateRequest request, RequestOptions options) {
    return createRawAsync(request, options).thenApply(response -> response.body().conversation());
  }

  public CompletableFuture<DevRevResponse<ConversationsCreateResponse>> createRawAsync(
      ConversationsCreateRequest request, RequestOptions options) {
    Call<ConversationsCreateResponse> call = newCall(request, options);
    CompletableFuture<DevRevResponse<ConversationsCreateResponse>> future = new CompletableFuture<>();
    future.whenComplete((result, failure) -> {
      if (future.isCancelled()) {
        call.cancel();
      }
    });
    call.enqueue(new Callback<ConversationsCreateResponse>() {
      @Override
      public void onResponse(Call<ConversationsCreateResponse> c, Response<ConversationsCreateResponse> response) {
        try {
          future.complete(handle(response));
        } catch (RuntimeException e) {
          future.completeExceptionally(Failures.map(e, response.code()));
        }
      }

      @Override
      public void onFailure(Call<ConversationsCreateResponse> c, Throwable failure) {
        future.completeExceptionally(Failures.map(failure, status(c)));
      }
    });
    return future;
  }

  private Call<ConversationsCreateResponse> newCall(ConversationsCreateRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    ConversationsApi api = client.api(options);
    Call<ConversationsCreateResponse> call = api.conversationsCreate(request);
    options.timeout().ifPresent(timeout -> call.timeout().timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
    return call;
  }

  /** The status the call's response came with, for a body that failed to decode; 201 if none arrived. */
  private int status(Call<?> call) {
    try {
      return client.statuses().take(call.request());
    } catch (RuntimeException noRequest) {
      return ResponseStatuses.EXPECTED;
    }
  }

  private DevRevResponse<ConversationsCreateResponse> handle(Response<ConversationsCreateResponse> response) {
    if (!response.isSuccessful()) {
      throw client.errors().decode(response.code(), response.headers(), response.errorBody());
    }
    ConversationsCreateResponse body = response.body();
    if (body == null) {
      throw new DevRevDecodingException(response.code(), "the body is empty", null);
    }
    try {
      // What identifies the conversation must be there; any other value that does not fit was set
      // aside by the tolerant decoding (the conversation's problems()).
      body.conversation().id();
    } catch (JsonProblemsException unidentified) {
      throw new DevRevDecodingException(response.code(), unidentified.getMessage(), unidentified);
    }
    return new DevRevResponse<>(response.code(), ErrorDecoder.toMap(response.headers()), body);
  }
}
