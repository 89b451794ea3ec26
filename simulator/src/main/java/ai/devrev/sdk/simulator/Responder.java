package ai.devrev.sdk.simulator;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Queue;

/**
 * Answers one request the way DevRev would, in this order: a forced error if one is queued or asked for
 * by header; 404 and 405 off the endpoint; 401 without the bearer token; 400 {@code invalid_api_version}
 * for a version DevRev's document does not describe; 429 over the rate limit; then the body: 400
 * {@code bad_request} when it is too large or not declared JSON, {@code parse_error} when it is not
 * UTF-8 or not one JSON value, {@code unexpected_json_type} when it is not an object, the matching kind
 * when the spec rejects it; else 201. Every answer carries the rate limit's headers.
 */
final class Responder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** One JSON value, each key once: what DevRev's parser accepts. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final SpecModel spec;
  private final ConversationFactory conversations;
  private final String requiredToken;
  private final boolean strictFields;
  private final long maxRequestBytes;
  private final Clock clock;
  private final RateLimit rateLimit;
  private final Queue<SimulatedError> forced;

  Responder(SpecModel spec, Queue<SimulatedError> forced, String requiredToken, boolean strictFields, long maxRequestBytes,
      Clock clock, RateLimit rateLimit) {
    this.forced = forced;
    this.spec = spec;
    this.conversations = new ConversationFactory(spec.examples);
    this.requiredToken = requiredToken;
    this.strictFields = strictFields;
    this.maxRequestBytes = maxRequestBytes;
    this.clock = clock;
    this.rateLimit = rateLimit;
  }

  Answer answer(IncomingRequest request) {
    Answer answer = decide(request);
    rateLimit.headers().forEach(answer.headers::putIfAbsent);
    return answer;
  }

  /** The spec's problems with an answer; empty when it conforms. */
  List<String> check(int status, String body, Map<String, String> headers) {
    ValidationReport report = spec.validateResponse(status, body, headers);
    List<String> problems = new ArrayList<>();
    report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .forEach(message -> problems.add(message.getKey() + ": " + message.getMessage()));
    return problems;
  }

  /** The answer to a request the simulator failed on: DevRev's 500, never silence. */
  Answer failure() {
    return forcedError(SimulatedError.INTERNAL_ERROR, null);
  }

  private Answer decide(IncomingRequest request) {
    SimulatedError error = forced.poll();
    String respondWith = request.header(DevRevSimulator.RESPOND_WITH_HEADER);
    if (error == null && respondWith != null) {
      try {
        error = SimulatedError.of(respondWith);
      } catch (IllegalArgumentException e) {
        return new Answer(400, BadRequests.badRequest(e.getMessage()));
      }
    }
    if (error != null) {
      return forcedError(error, request);
    }
    if (!SpecValidators.PATH.equals(request.path())) {
      return new Answer(404, NODES.objectNode().put("type", "not_found")
          .put("message", "The simulator serves only POST " + SpecValidators.PATH + "."));
    }
    if (!"POST".equals(request.method())) {
      return new Answer(405, NODES.objectNode().put("type", "method_not_allowed")
          .put("message", SpecValidators.PATH + " takes POST.")).with(Map.of("Allow", "POST"));
    }
    if (!authenticated(request.header("Authorization"))) {
      return forcedError(SimulatedError.UNAUTHENTICATED, request);
    }
    String version = spec.versionHeader.map(request::header).orElse(null);
    if (version != null && !spec.apiVersion.orElseThrow().equals(version.trim())) {
      return new Answer(400, BadRequests.invalidApiVersion(version, spec.apiVersion.orElseThrow()));
    }
    OptionalLong wait = rateLimit.take();
    if (wait.isPresent()) {
      return tooManyRequests(wait.getAsLong());
    }
    return create(request);
  }

  private Answer create(IncomingRequest request) {
    if (request.tooLarge()) {
      return new Answer(400, BadRequests.badRequest("The request body is larger than " + maxRequestBytes + " bytes."));
    }
    String contentType = request.header("Content-Type");
    if (contentType == null || !isJson(contentType)) {
      return new Answer(400, BadRequests.badRequest(contentType == null
          ? "The request has no Content-Type; send application/json."
          : "The request's Content-Type is " + contentType + "; send application/json."));
    }
    String body;
    try {
      body = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(request.body())).toString();
    } catch (CharacterCodingException e) {
      return new Answer(400, BadRequests.parseError("The request body is not valid UTF-8."));
    }
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return new Answer(400, BadRequests.parseError(e.getOriginalMessage()));
    }
    if (json == null || json.isMissingNode()) {
      return new Answer(400, BadRequests.parseError("The request has no body."));
    }
    if (!json.isObject()) {
      return new Answer(400, BadRequests.notAnObject(json));
    }
    SimpleRequest.Builder check = SimpleRequest.Builder.post(SpecValidators.PATH).withBody(body);
    request.headers().forEach(check::withHeader);
    ValidationReport report = spec.validateRequest(check.build(), strictFields);
    if (report.hasErrors()) {
      return new Answer(400, BadRequests.from(report, json));
    }
    return new Answer(201, conversations.create(json, clock.instant()));
  }

  private Answer forcedError(SimulatedError error, IncomingRequest request) {
    ObjectNode body = spec.examples.example(String.valueOf(error.status()), error.example())
        .orElseThrow(() -> new IllegalStateException("The spec has no example " + error.example() + " for " + error.status()));
    if (error == SimulatedError.MISSING_REQUIRED_FIELD && request != null) {
      nameAFieldTheRequestLacks(body, request);
    }
    Answer answer = new Answer(error.status(), body);
    if (body.has("retry_after")) {
      answer.with(rateLimit.exhausted(body.get("retry_after").asLong()));
    }
    return answer;
  }

  /** The organization requires a field: one the request does not set, not the example's. */
  private void nameAFieldTheRequestLacks(ObjectNode body, IncomingRequest request) {
    JsonNode sent;
    try {
      sent = JSON.readTree(new String(request.body(), StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return;
    }
    if (sent == null || !sent.isObject()) {
      return;
    }
    spec.requestFields.stream().filter(field -> !sent.has(field)).findFirst().ifPresent(field -> body
        .put("field_name", field)
        .put("message", "Field '" + field + "' is required.")
        .put("detail", "The Dev organization requires '" + field + "' on new conversations."));
  }

  private Answer tooManyRequests(long seconds) {
    ObjectNode body = spec.examples.example("429", SimulatedError.TOO_MANY_REQUESTS.example())
        .orElseThrow(() -> new IllegalStateException("The spec has no 429 example"));
    body.put("retry_after", seconds);
    return new Answer(429, body).with(rateLimit.exhausted(seconds));
  }

  private boolean authenticated(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    String token = authorization.substring(7).trim();
    return !token.isEmpty() && (requiredToken == null || requiredToken.equals(token));
  }

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json");
  }
}
