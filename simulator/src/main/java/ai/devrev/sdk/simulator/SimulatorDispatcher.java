package ai.devrev.sdk.simulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers one request the way DevRev would: a forced error if one is queued or asked for by header,
 * else 401 without a bearer token, 400 with the matching kind for a request the spec rejects, else 201.
 * Every answer to the spec's path is checked against the spec, and every exchange is recorded.
 */
final class SimulatorDispatcher extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenApiInteractionValidator validator;
  private final SpecExamples examples;
  private final ConversationFactory conversations;
  private final String requiredToken;
  private final Clock clock;
  private final Queue<SimulatedError> forced = new ConcurrentLinkedQueue<>();
  private final Consumer<SimulatedExchange> recorder;

  SimulatorDispatcher(SpecExamples examples, OpenApiInteractionValidator validator, String requiredToken, Clock clock,
      Consumer<SimulatedExchange> recorder) {
    this.validator = validator;
    this.examples = examples;
    this.conversations = new ConversationFactory(examples);
    this.requiredToken = requiredToken;
    this.clock = clock;
    this.recorder = recorder;
  }

  void enqueue(SimulatedError error) {
    forced.add(error);
  }

  void clearQueue() {
    forced.clear();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Map<String, List<String>> headers = headers(request);
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String path = request.getUrl().encodedPath();
    Answer answer = answer(request.getMethod(), path, headers, body);
    List<String> problems = SpecValidators.PATH.equals(path) ? check(answer) : List.of();
    recorder.accept(new SimulatedExchange(request.getMethod(), path, headers, body, answer.status, answer.body.toString(), problems));
    MockResponse.Builder response = new MockResponse.Builder()
        .code(answer.status)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "req-" + UUID.randomUUID())
        .body(answer.body.toString());
    answer.headers.forEach(response::setHeader);
    return response.build();
  }

  private Answer answer(String method, String path, Map<String, List<String>> headers, String body) {
    SimulatedError error = forced.poll();
    String respondWith = first(headers, DevRevSimulator.RESPOND_WITH_HEADER);
    if (error == null && respondWith != null) {
      try {
        error = SimulatedError.of(respondWith);
      } catch (IllegalArgumentException e) {
        return new Answer(400, badRequest(e.getMessage()));
      }
    }
    if (error != null) {
      return forcedError(error);
    }
    if (!SpecValidators.PATH.equals(path)) {
      return new Answer(404, JsonNodeFactory.instance.objectNode().put("type", "not_found")
          .put("message", "The simulator serves only POST " + SpecValidators.PATH + "."));
    }
    if (!"POST".equals(method)) {
      return new Answer(405, JsonNodeFactory.instance.objectNode().put("type", "method_not_allowed")
          .put("message", SpecValidators.PATH + " takes POST."));
    }
    if (!authenticated(first(headers, "Authorization"))) {
      return forcedError(SimulatedError.UNAUTHENTICATED);
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
    ValidationReport report = validate(validator -> validator.validateRequest(request(headers, body)));
    if (report.hasErrors()) {
      return new Answer(400, BadRequests.from(report, json));
    }
    return new Answer(201, conversations.create(json, clock.instant()));
  }

  private Answer forcedError(SimulatedError error) {
    ObjectNode body = examples.example(String.valueOf(error.status()), error.example())
        .orElseThrow(() -> new IllegalStateException("The spec has no example " + error.example() + " for " + error.status()));
    Answer answer = new Answer(error.status(), body);
    if (body.has("retry_after")) {
      answer.headers.put("Retry-After", body.get("retry_after").asText());
    }
    return answer;
  }

  private boolean authenticated(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    String token = authorization.substring(7).trim();
    return !token.isEmpty() && (requiredToken == null || requiredToken.equals(token));
  }

  private List<String> check(Answer answer) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status)
        .withContentType("application/json").withBody(answer.body.toString());
    answer.headers.forEach(response::withHeader);
    ValidationReport report = validate(validator -> validator.validateResponse(SpecValidators.PATH, Request.Method.POST, response.build()));
    List<String> problems = new ArrayList<>();
    report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .forEach(message -> problems.add(message.getKey() + ": " + message.getMessage()));
    return problems;
  }

  /** One validation at a time (the validator is shared): its schema cache is not documented as thread-safe. */
  private ValidationReport validate(java.util.function.Function<OpenApiInteractionValidator, ValidationReport> check) {
    synchronized (validator) {
      return check.apply(validator);
    }
  }

  private static Request request(Map<String, List<String>> headers, String body) {
    SimpleRequest.Builder request = SimpleRequest.Builder.post(SpecValidators.PATH).withBody(body);
    headers.forEach(request::withHeader);
    return request.build();
  }

  private static ObjectNode badRequest(String detail) {
    return JsonNodeFactory.instance.objectNode().put("type", "bad_request").put("message", "The request is invalid.").put("detail", detail);
  }

  private static Map<String, List<String>> headers(RecordedRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : request.getHeaders().names()) {
      headers.put(name.toLowerCase(Locale.ROOT), request.getHeaders().values(name));
    }
    return headers;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** A status, a JSON body and the headers beyond {@code Content-Type}. */
  private static final class Answer {
    final int status;
    final JsonNode body;
    final Map<String, String> headers = new LinkedHashMap<>();

    Answer(int status, JsonNode body) {
      this.status = status;
      this.body = body;
    }
  }
}
