package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A token provider that fails stops the call before anything is sent, the same for blocking and async calls. */
class TokenProviderFailureTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().build();

  static Stream<Arguments> providers() {
    Supplier<String> throwing = () -> {
      throw new IllegalStateException("vault unreachable");
    };
    return Stream.of(
        Arguments.of("throws", throwing),
        Arguments.of("returns null", (Supplier<String>) () -> null),
        Arguments.of("returns CR/LF", (Supplier<String>) () -> "abc\r\nX-Evil: 1"),
        Arguments.of("returns blank", (Supplier<String>) () -> "  "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void nothingIsSentAndTheFailureSaysSo(String name, Supplier<String> provider) throws Exception {
    try (DevRevClient client = clientBuilder().tokenProvider(TokenProvider.fromSupplier(provider)).build()) {
      TokenProviderException sync = catchThrowableOfType(TokenProviderException.class, () -> client.conversations().create(REQUEST));
      assertThat(sync.mayHaveReachedServer()).isFalse();
      assertThat(sync.getMessage()).contains("token provider").contains("not sent").doesNotContain("X-Evil");
      CompletableFuture<?> async = client.conversations().createAsync(REQUEST);
      async.exceptionally(failure -> null).get(5, TimeUnit.SECONDS);
      assertThat(catchThrowableOfType(CompletionException.class, async::join).getCause()).isInstanceOf(TokenProviderException.class);
    }
    assertThat(server.getRequestCount()).isZero();
    assertThat(sleeps).as("not retried").isEmpty();
  }
}
