package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ErrorBadRequest;
import java.time.Duration;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error status becomes the exception named after it, with DevRev's fields, whatever the body. */
class ErrorMappingTest extends TestServer {

  private <T extends Throwable> T createFailsWith(Class<T> type) {
    try (DevRevClient client = clientBuilder().maxRetries(0).build()) {
      return catchThrowableOfType(type, () -> client.conversations().create(ConversationsCreateRequest.builder().build()));
    }
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, "missing_required_field", BadRequestException.class),
        Arguments.of(401, "unauthenticated", UnauthorizedException.class),
        Arguments.of(403, "forbidden", ForbiddenException.class),
        Arguments.of(429, "too_many_requests", RateLimitedException.class),
        Arguments.of(500, "internal_error", InternalServerErrorException.class),
        Arguments.of(503, "service_unavailable", ServiceUnavailableException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void mapsEachStatusToItsException(int status, String type, Class<? extends DevRevApiException> exception) {
    server.enqueue(new MockResponse.Builder(json(status, "{\"type\":\"" + type + "\",\"message\":\"The message.\","
        + "\"detail\":\"The detail.\",\"field_name\":\"type\"}")).addHeader("x-request-id", "req-9").build());
    DevRevApiException e = createFailsWith(exception);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorType()).contains(type);
    assertThat(e.errorMessage()).contains("The message.");
    assertThat(e.detail()).contains("The detail.");
    assertThat(e.requestId()).contains("req-9");
    assertThat(e.headers()).containsKey("x-request-id");
    assertThat(e.getMessage()).contains("HTTP " + status).contains(type).contains("The message.").contains("req-9");
  }

  @Test
  void everyDeclaredStatusDecodesItsBody() {
    server.enqueue(json(401, "{\"type\":\"unauthenticated\",\"message\":\"m\"}"));
    assertThat(createFailsWith(UnauthorizedException.class).error()).isPresent();
    server.enqueue(json(403, "{\"type\":\"forbidden\",\"message\":\"m\"}"));
    assertThat(createFailsWith(ForbiddenException.class).error()).isPresent();
    server.enqueue(json(429, "{\"type\":\"too_many_requests\"}"));
    assertThat(createFailsWith(RateLimitedException.class).error()).isPresent();
    server.enqueue(json(503, "{\"type\":\"service_unavailable\"}"));
    assertThat(createFailsWith(ServiceUnavailableException.class).error()).isPresent();
  }

  @Test
  void theCommonFieldsAreFoundWhereverTheyStand() {
    server.enqueue(json(400, "\uFEFF{\"extra\":{\"nested\":[1,{\"type\":\"no\"}]},\"detail\":\"d\",\"message\":7,"
        + "\"type\":\"bad_request\",\"message\":\"second\"}"));
    BadRequestException e = createFailsWith(BadRequestException.class);
    assertThat(e.errorType()).contains("bad_request");
    assertThat(e.detail()).contains("d");
    assertThat(e.errorMessage()).as("a message that is not text is not a message").contains("second");
  }

  @Test
  void aNegativeOrFractionalRetryAfterInTheBodyIsReadSafely() {
    server.enqueue(json(429, "{\"type\":\"too_many_requests\",\"retry_after\":-3}"));
    assertThat(createFailsWith(RateLimitedException.class).retryAfter()).isEmpty();
    server.enqueue(json(429, "{\"type\":\"too_many_requests\",\"retry_after\":1.2}"));
    assertThat(createFailsWith(RateLimitedException.class).retryAfter()).contains(Duration.ofSeconds(2));
  }

  @Test
  void badRequestExposesTheDecodedKind() {
    server.enqueue(json(400, "{\"type\":\"artifact_already_attached_to_a_parent\",\"message\":\"m\","
        + "\"existing_parent\":\"don:core:ISS-1\",\"is_same\":true}"));
    BadRequestException e = createFailsWith(BadRequestException.class);
    ErrorBadRequest error = e.error().orElseThrow();
    assertThat(error).isInstanceOf(ErrorBadRequest.ArtifactAlreadyAttachedToAParent.class);
    assertThat(((ErrorBadRequest.ArtifactAlreadyAttachedToAParent) error).existingParent()).isEqualTo("don:core:ISS-1");
  }

  @Test
  void unknownBadRequestKindIsKeptNotLost() {
    server.enqueue(json(400, "{\"type\":\"quota_exceeded\",\"message\":\"Too many conversations.\"}"));
    BadRequestException e = createFailsWith(BadRequestException.class);
    assertThat(e.error().orElseThrow()).isInstanceOf(ErrorBadRequest.Unknown.class);
    assertThat(e.errorType()).contains("quota_exceeded");
  }

  @Test
  void messageAndDetailSurviveABodyThatDoesNotMatchItsKind() {
    // missing_required_field without its required field_name: still that kind, the gap recorded.
    server.enqueue(json(400, "{\"type\":\"missing_required_field\",\"message\":\"Say which.\",\"detail\":\"d\"}"));
    BadRequestException e = createFailsWith(BadRequestException.class);
    assertThat(e.error().orElseThrow()).isInstanceOf(ErrorBadRequest.MissingRequiredField.class);
    assertThat(e.error().orElseThrow().problems()).extracting(p -> p.path()).containsExactly("$.field_name");
    assertThat(e.errorType()).contains("missing_required_field");
    assertThat(e.errorMessage()).contains("Say which.");
    assertThat(e.detail()).contains("d");
  }

  @Test
  void internalErrorCarriesTheReferenceId() {
    server.enqueue(json(500, "{\"type\":\"internal_error\",\"reference_id\":\"ref-77\"}"));
    assertThat(createFailsWith(InternalServerErrorException.class).referenceId()).contains("ref-77");
  }

  @Test
  void rateLimitedCarriesTheWaitFromTheBodyWhenNoHeader() {
    server.enqueue(json(429, "{\"type\":\"too_many_requests\",\"retry_after\":12}"));
    assertThat(createFailsWith(RateLimitedException.class).retryAfter()).contains(Duration.ofSeconds(12));
  }

  @Test
  void htmlErrorPageKeepsStatusAndAnExcerpt() {
    server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
        .body("<html><body><h1>502 Bad Gateway</h1>\n\n</body></html>").build());
    UnexpectedStatusException e = createFailsWith(UnexpectedStatusException.class);
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.errorType()).isEmpty();
    assertThat(e.bodyExcerpt()).isEqualTo("<html><body><h1>502 Bad Gateway</h1> </body></html>");
    assertThat(e.getMessage()).contains("502 Bad Gateway");
  }

  @Test
  void htmlPageOnADeclaredStatusStillGivesThatStatusException() {
    server.enqueue(new MockResponse.Builder().code(503).body("<html>Maintenance</html>").build());
    ServiceUnavailableException e = createFailsWith(ServiceUnavailableException.class);
    assertThat(e.error()).isEmpty();
    assertThat(e.bodyExcerpt()).isEqualTo("<html>Maintenance</html>");
  }

  @Test
  void emptyAndTruncatedErrorBodiesGiveCleanExceptions() {
    server.enqueue(new MockResponse.Builder().code(401).build());
    UnauthorizedException empty = createFailsWith(UnauthorizedException.class);
    assertThat(empty.bodyExcerpt()).isEmpty();
    assertThat(empty.error()).isEmpty();
    server.enqueue(json(403, "{\"type\":\"forbidden\",\"message\":\"No"));
    ForbiddenException truncated = createFailsWith(ForbiddenException.class);
    assertThat(truncated.error()).isEmpty();
    assertThat(truncated.bodyExcerpt()).isEqualTo("{\"type\":\"forbidden\",\"message\":\"No");
  }

  @Test
  void hugeErrorBodyIsExcerptedNotReadWhole() {
    server.enqueue(json(400, "x".repeat(2_000_000)));
    ResponseHardeningTest.BodyBytes read = new ResponseHardeningTest.BodyBytes();
    BadRequestException e;
    try (DevRevClient client = clientBuilder().maxRetries(0).httpClient(new okhttp3.OkHttpClient.Builder().eventListener(read).build()).build()) {
      e = catchThrowableOfType(BadRequestException.class, () -> client.conversations().create(ConversationsCreateRequest.builder().build()));
    }
    assertThat(e.bodyExcerpt()).hasSizeLessThanOrEqualTo(Redactor.EXCERPT_CHARS + 1).endsWith("…");
    assertThat(read.bytes.get()).as("bytes read from the socket").isBetween(1L, ResponseBodies.ERROR_LIMIT + 8192); // at most one Okio segment beyond
  }

  @Test
  void aSuccessBodyWithAnUnfitValueStillYieldsTheConversationNamingTheJsonPath() {
    server.enqueue(json(201, "{\"conversation\":{\"id\":\"C\",\"members\":[],\"created_date\":7}}"));
    try (DevRevClient client = clientBuilder().maxRetries(0).build()) {
      ai.devrev.sdk.model.Conversation conversation = client.conversations().create(ConversationsCreateRequest.builder().build());
      assertThat(conversation.id()).isEqualTo("C");
      assertThat(conversation.createdDate()).isEmpty();
      assertThat(conversation.problems()).extracting(p -> p.path()).containsExactly("$.conversation.created_date");
    }
  }

  @Test
  void truncatedAndHtmlSuccessBodiesAreDecodingFailures() {
    server.enqueue(json(201, "{\"conversation\":{\"id\":\"C\""));
    assertThat(createFailsWith(DevRevDecodingException.class)).isNotNull();
    server.enqueue(json(201, "<html>OK</html>"));
    assertThat(createFailsWith(DevRevDecodingException.class)).isNotNull();
    server.enqueue(json(201, ""));
    assertThat(createFailsWith(DevRevDecodingException.class)).isNotNull();
  }
}
