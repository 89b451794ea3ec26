package ai.devrev.sdk.simulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the simulator knows of our spec: its examples, the request's fields, the API version and the
 * validators, all read from the validation copy the build wrote (JSON, nothing left to rewrite). Loaded
 * once per JVM, on a thread of its own, so that a simulator starts listening at once and every simulator
 * of the JVM shares the work (building the validators is most of what a simulator costs to start).
 *
 * <p>Two request validators: the published contract's (the document does not forbid fields it does not
 * name, so unknown fields pass; fields a schema closes with {@code additionalProperties: false} still
 * fail), and the strict one (Atlassian's default: every object closed), which also checks answers, so
 * the simulator never sends a field the spec does not know.
 */
final class SpecModel {
  private static final String VERSION_EXTENSION = "x-fern-version";
  private static final String REQUEST_SCHEMA = "conversations-create-request";
  private static CompletableFuture<SpecModel> ours;

  final SpecExamples examples;
  /** The request's top-level properties, in the spec's order. */
  final List<String> requestFields;
  /** The header DevRev reads the API version from, and the version this spec describes; empty if it declares none. */
  final Optional<String> versionHeader;
  final Optional<String> apiVersion;
  private final String validationCopy;
  private final OpenApiInteractionValidator publishedContract;
  private OpenApiInteractionValidator strict;

  private SpecModel(String validationCopy) {
    JsonNode document = read(validationCopy);
    this.examples = new SpecExamples(document);
    List<String> fields = new ArrayList<>();
    document.at("/components/schemas/" + REQUEST_SCHEMA + "/properties").fieldNames().forEachRemaining(fields::add);
    this.requestFields = Collections.unmodifiableList(fields);
    JsonNode version = document.path(VERSION_EXTENSION);
    this.versionHeader = Optional.of(version.path("header").asText("")).filter(text -> !text.isBlank());
    this.apiVersion = Optional.of(version.path("default").asText("")).filter(text -> !text.isBlank());
    this.validationCopy = validationCopy;
    this.publishedContract = OpenApiInteractionValidator.createForInlineApiSpecification(validationCopy)
        .withLevelResolver(SpecValidators.publishedContractLevels()).build();
  }

  /** The strict validator, built on first use. */
  private synchronized OpenApiInteractionValidator strict() {
    if (strict == null) {
      strict = OpenApiInteractionValidator.createForInlineApiSpecification(validationCopy).build();
    }
    return strict;
  }

  /**
   * Our spec's model, loading on a daemon thread from the first call on. The future completes once
   * requests can be checked against the published contract (the minimal example has been checked once,
   * which builds the validator's schemas). The strict validator, which checks answers when their
   * exchanges are read, is built by the first check that needs it, so that it never competes with the
   * client for the machine while the first answer is on its way.
   */
  static synchronized CompletableFuture<SpecModel> ours() {
    if (ours == null) {
      if (SpecModel.class.getClassLoader().getResource(SpecValidators.VALIDATION_COPY_RESOURCE) == null) {
        throw new IllegalStateException(SpecValidators.VALIDATION_COPY_RESOURCE + " is not on the classpath: the simulator jar is incomplete");
      }
      CompletableFuture<SpecModel> loading = new CompletableFuture<>();
      Thread loader = new Thread(() -> {
        SpecModel model;
        try {
          model = new SpecModel(SpecValidators.validationCopy());
          model.examples.request("minimal").ifPresent(body -> model.validateRequest(request(body.toString()), false));
        } catch (Throwable failure) {
          loading.completeExceptionally(failure);
          return;
        }
        loading.complete(model);
      }, "devrev-simulator-spec");
      loader.setDaemon(true);
      loader.start();
      ours = loading;
    }
    return ours;
  }

  /** The request checked against the published contract, or with every object closed when {@code strict}. */
  ValidationReport validateRequest(Request request, boolean strict) {
    OpenApiInteractionValidator validator = strict ? strict() : publishedContract;
    synchronized (validator) { // one check at a time per validator: its schema cache is not documented as thread-safe
      return validator.validateRequest(request);
    }
  }

  /** An answer checked against the spec, every object closed. */
  ValidationReport validateResponse(int status, String body, Map<String, String> headers) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body);
    headers.forEach(response::withHeader);
    OpenApiInteractionValidator strict = strict();
    synchronized (strict) {
      return strict.validateResponse(SpecValidators.PATH, Request.Method.POST, response.build());
    }
  }

  private static JsonNode read(String validationCopy) {
    try {
      return new ObjectMapper().readTree(validationCopy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The validation copy is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Request request(String body) {
    return SimpleRequest.Builder.post(SpecValidators.PATH).withAuthorization("Bearer warm-up")
        .withContentType("application/json").withBody(body).build();
  }
}
