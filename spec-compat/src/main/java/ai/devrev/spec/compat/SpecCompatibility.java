package ai.devrev.spec.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;

/**
 * Classifies the changes between two versions of the spec for consumers of the generated client.
 *
 * <p>OpenAPI Diff finds the changes; the rules for what breaks are this client's, because a generated
 * Java API is stricter than a wire protocol in some ways and more tolerant in others: a removed
 * optional response property is harmless on the wire but deletes an accessor people call, while a new
 * response enum value or union member is harmless to a client that keeps unknown ones.
 */
public final class SpecCompatibility {
  private SpecCompatibility() {}

  /** Compares two documents given as paths or URLs. */
  public static List<Change> compare(String releasedLocation, String currentLocation) {
    OpenApiDiffOptions options = OpenApiDiffOptions.builder()
        // Forward-compatible enums and unions keep values and kinds they do not know.
        .configProperty("incompatible.response.enum.increased", "false")
        .configProperty("incompatible.response.oneof.increased", "false")
        .build();
    ChangedOpenApi diff = OpenApiCompare.fromLocations(releasedLocation, currentLocation, null, options);
    List<Change> changes = new ArrayList<>();
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      changes.add(new Change(endpoint.getMethod() + " " + endpoint.getPathUrl(), "operation removed", true));
    }
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      changes.add(new Change(endpoint.getMethod() + " " + endpoint.getPathUrl(), "operation added", false));
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      String at = operation.getHttpMethod() + " " + operation.getPathUrl();
      if (operation.getRequestBody() != null) {
        content(at + " request", operation.getRequestBody().getContent(), true, changes);
      }
      if (operation.getApiResponses() != null) {
        responses(at, operation.getApiResponses(), changes);
      }
      for (Changed other : new Changed[] {operation.getParameters(), operation.getSecurityRequirements(), operation.getOperationId()}) {
        if (other != null && other.isIncompatible()) {
          changes.add(new Change(at, other.getClass().getSimpleName().replace("Changed", "") + " changed incompatibly", true));
        }
      }
    }
    return changes;
  }

  private static void responses(String at, ChangedApiResponse responses, List<Change> changes) {
    responses.getMissing().keySet().forEach(status -> changes.add(new Change(at + " " + status, "response removed", true)));
    responses.getIncreased().keySet().forEach(status -> changes.add(new Change(at + " " + status, "response added", false)));
    for (Map.Entry<String, ChangedResponse> entry : responses.getChanged().entrySet()) {
      ChangedResponse response = entry.getValue();
      String here = at + " " + entry.getKey();
      if (response.getHeaders() != null && response.getHeaders().isIncompatible()) {
        changes.add(new Change(here, "headers changed incompatibly", true));
      }
      if (response.getContent() != null) {
        content(here, response.getContent(), false, changes);
      }
    }
  }

  private static void content(String at, ChangedContent content, boolean request, List<Change> changes) {
    content.getMissing().keySet().forEach(type -> changes.add(new Change(at + " " + type, "media type removed", true)));
    content.getIncreased().keySet().forEach(type -> changes.add(new Change(at + " " + type, "media type added", false)));
    for (Map.Entry<String, ChangedMediaType> entry : content.getChanged().entrySet()) {
      if (entry.getValue().getSchema() != null) {
        schema(at + " " + entry.getKey() + " $", entry.getValue().getSchema(), request, changes);
      }
    }
  }

  private static void schema(String at, ChangedSchema schema, boolean request, List<Change> changes) {
    if (schema.isChangedType()) {
      changes.add(new Change(at, "type changed from " + type(schema.getOldSchema()) + " to " + type(schema.getNewSchema()), true));
    }
    // Removing a property removes a generated accessor or builder method: breaking either way.
    schema.getMissingProperties().keySet().forEach(name -> changes.add(new Change(at + "." + name, "property removed", true)));
    schema.getIncreasedProperties().keySet().forEach(name -> changes.add(new Change(at + "." + name, "property added", false)));
    if (schema.getRequired() != null) {
      schema.getRequired().getIncreased().forEach(name -> changes.add(new Change(at + "." + name, "now required", request)));
      schema.getRequired().getMissing().forEach(name -> changes.add(new Change(at + "." + name, "no longer required", !request)));
    }
    if (schema.getEnumeration() != null) {
      schema.getEnumeration().getIncreased().forEach(value -> changes.add(new Change(at, "enum value '" + value + "' added", false)));
      // A removed value removes its generated constant.
      schema.getEnumeration().getMissing().forEach(value -> changes.add(new Change(at, "enum value '" + value + "' removed", true)));
    }
    schema.getChangedProperties().forEach((name, property) -> schema(at + "." + name, property, request, changes));
    if (schema.getItems() != null) {
      schema(at + "[]", schema.getItems(), request, changes);
    }
    ChangedOneOfSchema oneOf = schema.getOneOfSchema();
    if (oneOf != null) {
      oneOf.getMissing().keySet().forEach(label -> changes.add(new Change(at + " (" + label + ")", "union member removed", true)));
      oneOf.getIncreased().keySet().forEach(label -> changes.add(new Change(at + " (" + label + ")", "union member added", request)));
      oneOf.getChanged().forEach((label, member) -> schema(at + " (" + label + ")", member, request, changes));
    }
  }

  private static String type(io.swagger.v3.oas.models.media.Schema<?> schema) {
    return schema == null ? "nothing" : schema.getType() + (schema.getFormat() == null ? "" : "/" + schema.getFormat());
  }
}
