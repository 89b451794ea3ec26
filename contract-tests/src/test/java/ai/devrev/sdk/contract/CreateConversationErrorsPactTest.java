package ai.devrev.sdk.contract;

import static ai.devrev.sdk.contract.Contract.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.BadRequestException;
import ai.devrev.sdk.ForbiddenException;
import ai.devrev.sdk.InternalServerErrorException;
import ai.devrev.sdk.RateLimitedException;
import ai.devrev.sdk.ServiceUnavailableException;
import ai.devrev.sdk.UnauthorizedException;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ErrorBadRequest;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every error status of the endpoint, each surfacing as the client's typed exception. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contract.PROVIDER, pactVersion = PactSpecVersion.V4)
class CreateConversationErrorsPactTest {
  private static final String ARTIFACT = "don:core:dvrv-us-1:devo/0:artifact/1";
  /** The example of the {@code x-request-id} every response carries (see {@link Bodies#respond}). */
  private static final String REQUEST_ID = "req-7f3a9c2e";
  private static final ConversationsCreateRequest MINIMAL =
      ConversationsCreateRequest.builder().type(ConversationsCreateRequest.Type.SUPPORT).build();

  @Pact(consumer = Contract.CONSUMER)
  V4Pact artifactAlreadyAttached(PactDslWithProvider builder) {
    PactDslJsonBody request = new PactDslJsonBody()
        .stringValue("type", "support")
        .array("messages").object()
        .array("artifacts").stringValue(ARTIFACT).closeArray().asBody()
        .stringValue("body", "See the attachment.")
        .closeObject().closeArray().asBody();
    return Bodies.respond(Bodies.create(builder, Contract.STATE_ARTIFACT_ATTACHED,
            "a request to create a conversation with a message whose artifact belongs to another object", request), 400)
        .body(Bodies.error("artifact_already_attached_to_a_parent")
            .stringMatcher("existing_parent", ID, "don:core:dvrv-us-1:devo/0:issue/7")
            .booleanType("is_same", false))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "artifactAlreadyAttached")
  void anArtifactAttachedElsewhereIsABadRequestNamingItsParent(MockServer server) {
    ConversationsCreateRequest request = ConversationsCreateRequest.builder()
        .type(ConversationsCreateRequest.Type.SUPPORT)
        .messages(List.of(ConversationsCreateRequest.Message.builder().artifacts(List.of(ARTIFACT)).body("See the attachment.").build()))
        .build();

    BadRequestException error = thrown(BadRequestException.class, () -> create(server, request));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.error()).containsInstanceOf(ErrorBadRequest.ArtifactAlreadyAttachedToAParent.class);
    assertThat(error.error().orElseThrow()).isInstanceOfSatisfying(ErrorBadRequest.ArtifactAlreadyAttachedToAParent.class, kind -> {
      assertThat(kind.existingParent()).isEqualTo("don:core:dvrv-us-1:devo/0:issue/7");
      assertThat(kind.isSame()).isFalse();
    });
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact missingRequiredField(PactDslWithProvider builder) {
    return Bodies.respond(Bodies.create(builder, Contract.STATE_FIELD_REQUIRED,
            "a request to create a conversation without a field the organization requires", Bodies.minimalRequest()), 400)
        .body(Bodies.error("missing_required_field").stringType("field_name", "title"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "missingRequiredField")
  void aMissingRequiredFieldIsABadRequestNamingTheField(MockServer server) {
    BadRequestException error = thrown(BadRequestException.class, () -> create(server, MINIMAL));

    assertThat(error.error().orElseThrow()).isInstanceOfSatisfying(ErrorBadRequest.MissingRequiredField.class,
        kind -> assertThat(kind.fieldName()).isEqualTo("title"));
    assertThat(error.requestId()).contains(REQUEST_ID);
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact unauthorized(PactDslWithProvider builder) {
    return Bodies.respond(Bodies.create(builder, Contract.STATE_TOKEN_INVALID,
            "a request to create a conversation with a token DevRev does not accept", Bodies.minimalRequest()), 401)
        .body(Bodies.error("unauthenticated"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "unauthorized")
  void aTokenDevRevDoesNotAcceptIsUnauthorized(MockServer server) {
    UnauthorizedException error = thrown(UnauthorizedException.class, () -> create(server, MINIMAL));

    assertThat(error.statusCode()).isEqualTo(401);
    assertThat(error.errorType()).contains("unauthenticated");
    assertThat(error.requestId()).contains(REQUEST_ID);
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact forbidden(PactDslWithProvider builder) {
    return Bodies.respond(Bodies.create(builder, Contract.STATE_FORBIDDEN,
            "a request to create a conversation with a token that lacks the permission", Bodies.minimalRequest()), 403)
        .body(Bodies.error("forbidden"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "forbidden")
  void aTokenWithoutThePermissionIsForbidden(MockServer server) {
    ForbiddenException error = thrown(ForbiddenException.class, () -> create(server, MINIMAL));

    assertThat(error.statusCode()).isEqualTo(403);
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact rateLimited(PactDslWithProvider builder) {
    return Bodies.respond(Bodies.create(builder, Contract.STATE_RATE_LIMITED,
            "a request to create a conversation over the rate limit", Bodies.minimalRequest()), 429)
        .matchHeader("Retry-After", Contract.SECONDS, "30")
        .body(Bodies.error("too_many_requests"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rateLimited")
  void overTheRateLimitTheClientSaysHowLongToWait(MockServer server) {
    RateLimitedException error = thrown(RateLimitedException.class, () -> create(server, MINIMAL));

    assertThat(error.statusCode()).isEqualTo(429);
    assertThat(error.retryAfter()).contains(Duration.ofSeconds(30));
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact internalError(PactDslWithProvider builder) {
    return Bodies.respond(Bodies.create(builder, Contract.STATE_FAILING,
            "a request to create a conversation while DevRev fails", Bodies.minimalRequest()), 500)
        .body(Bodies.error("internal_error"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "internalError")
  void aFailureOnDevRevsSideCarriesTheRequestIdToQuote(MockServer server) {
    InternalServerErrorException error = thrown(InternalServerErrorException.class, () -> create(server, MINIMAL));

    assertThat(error.statusCode()).isEqualTo(500);
    assertThat(error.errorType()).contains("internal_error");
    assertThat(error.requestId()).as("what DevRev's support asks for").contains(REQUEST_ID);
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact unavailable(PactDslWithProvider builder) {
    return Bodies.respond(Bodies.create(builder, Contract.STATE_UNAVAILABLE,
            "a request to create a conversation while DevRev is unavailable", Bodies.minimalRequest()), 503)
        .body(Bodies.error("service_unavailable"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "unavailable")
  void anOutageIsServiceUnavailable(MockServer server) {
    ServiceUnavailableException error = thrown(ServiceUnavailableException.class, () -> create(server, MINIMAL));

    assertThat(error.statusCode()).isEqualTo(503);
  }

  /** The exception the call threw, failing the test if it threw none or another type. */
  private static <T extends Throwable> T thrown(Class<T> type, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return assertThatExceptionOfType(type).isThrownBy(call).actual();
  }

  private static void create(MockServer server, ConversationsCreateRequest request) {
    try (DevRevClient client = Clients.against(server)) {
      client.conversations().create(request);
    }
  }
}
