package ai.devrev.codegen.moshi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenOperation;

/** The Retrofit method of each operation: HTTP method and path, parameters, body and result types. */
@SuppressWarnings("rawtypes")
final class Operations {
  /** One method of a generated Retrofit interface. */
  static final class OperationView {
    public String name;
    public String httpMethod;
    public String path;
    public String pathDoc;
    public String summaryDoc;
    public List<String> javadoc = new ArrayList<>();
    public String returnType;
    public String returnDoc;
    public List<ParameterView> parameters = new ArrayList<>();
  }

  /** One parameter of a Retrofit method. */
  static final class ParameterView {
    public String annotation;
    public String type;
    public String name;
    public String doc;
    public boolean hasNext;
  }

  /** Types in API files: no model is nested there, so none hides another. */
  private static final TypePlan.Decl MODELS_FILE = null;

  private Operations() {}

  static List<OperationView> views(List<CodegenOperation> operations, OpenAPI openAPI, TypePlan plan,
      Map<String, Schema> schemas) {
    List<OperationView> views = new ArrayList<>();
    for (CodegenOperation codegen : operations) {
      PathItem item = openAPI.getPaths().get(codegen.path);
      Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(codegen.httpMethod.toUpperCase(Locale.ROOT)));
      views.add(view(codegen, item, operation, openAPI, plan, schemas));
    }
    return views;
  }

  private static OperationView view(CodegenOperation codegen, PathItem item, Operation operation, OpenAPI openAPI,
      TypePlan plan, Map<String, Schema> schemas) {
    String where = codegen.httpMethod.toUpperCase(Locale.ROOT) + " " + codegen.path;
    OperationView view = new OperationView();
    view.name = codegen.operationId;
    view.httpMethod = codegen.httpMethod.toUpperCase(Locale.ROOT);
    // Retrofit resolves a path without a leading slash against the base URL's path.
    view.path = Naming.literal(codegen.path.startsWith("/") ? codegen.path.substring(1) : codegen.path);
    view.pathDoc = Javadoc.code(view.httpMethod + " " + codegen.path);
    view.summaryDoc = operation.getSummary() == null ? null : Javadoc.inline(operation.getSummary().strip());
    view.javadoc = Javadoc.lines(operation.getDescription());
    Schema result = successSchema(operation, openAPI);
    view.returnType = result == null ? "Void" : JavaType.of(result, plan, schemas, where + " response").java(plan, MODELS_FILE);
    view.returnDoc = result == null ? "the call; its response has no body" : "the call, whose body is the decoded response";
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    Set<String> names = new LinkedHashSet<>();
    for (Parameter declared : parameters) {
      Parameter parameter = resolve(declared, openAPI);
      String location = parameter.getIn();
      String annotation;
      switch (location) {
        case "path": annotation = "@Path(\"" + Naming.literal(parameter.getName()) + "\")"; break;
        case "query": annotation = "@Query(\"" + Naming.literal(parameter.getName()) + "\")"; break;
        case "header": annotation = "@Header(\"" + Naming.literal(parameter.getName()) + "\")"; break;
        default:
          throw new IllegalStateException(where + ": parameter " + parameter.getName() + " in " + location
              + " is not supported");
      }
      if (parameter.getSchema() == null) {
        throw new IllegalStateException(where + ": parameter " + parameter.getName() + " has no schema");
      }
      JavaType type = JavaType.of(parameter.getSchema(), plan, schemas, where + " parameter " + parameter.getName());
      ParameterView p = new ParameterView();
      p.annotation = annotation;
      boolean required = Boolean.TRUE.equals(parameter.getRequired());
      p.type = required ? type.java(plan, MODELS_FILE) : type.nullable(plan, MODELS_FILE);
      p.name = unique(Naming.camel(parameter.getName()), names);
      p.doc = parameter.getDescription() == null ? Javadoc.code(parameter.getName()) + (required ? "" : ", or {@code null} to leave it out")
          : String.join(" ", Javadoc.lines(parameter.getDescription()));
      view.parameters.add(p);
    }
    RequestBody body = resolve(operation.getRequestBody(), openAPI);
    if (body != null) {
      Schema schema = jsonSchema(body.getContent(), where + " request body");
      ParameterView p = new ParameterView();
      p.annotation = "@Body";
      p.type = JavaType.of(schema, plan, schemas, where + " request body").java(plan, MODELS_FILE);
      p.name = unique("body", names);
      p.doc = body.getDescription() == null ? "the request" : String.join(" ", Javadoc.lines(body.getDescription()));
      view.parameters.add(p);
    }
    for (int i = 0; i < view.parameters.size(); i++) {
      view.parameters.get(i).hasNext = i < view.parameters.size() - 1;
    }
    return view;
  }

  private static String unique(String name, Set<String> names) {
    String candidate = name;
    for (int i = 2; !names.add(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }

  /** The schema of the first 2xx response with a body, or {@code null} when success has none. */
  private static Schema successSchema(Operation operation, OpenAPI openAPI) {
    if (operation.getResponses() == null) {
      return null;
    }
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      if (entry.getKey().startsWith("2")) {
        ApiResponse response = resolve(entry.getValue(), openAPI);
        if (response.getContent() != null && !response.getContent().isEmpty()) {
          return jsonSchema(response.getContent(), "Response " + entry.getKey() + " of " + operation.getOperationId());
        }
      }
    }
    return null;
  }

  private static Schema jsonSchema(Content content, String where) {
    MediaType json = content == null ? null : content.get("application/json");
    if (json == null || json.getSchema() == null) {
      throw new IllegalStateException(where + " is not application/json with a schema: "
          + (content == null ? "no content" : content.keySet()));
    }
    return json.getSchema();
  }

  private static Parameter resolve(Parameter parameter, OpenAPI openAPI) {
    if (parameter.get$ref() == null) {
      return parameter;
    }
    String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
    return openAPI.getComponents().getParameters().get(name);
  }

  private static RequestBody resolve(RequestBody body, OpenAPI openAPI) {
    if (body == null || body.get$ref() == null) {
      return body;
    }
    String name = body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1);
    return openAPI.getComponents().getRequestBodies().get(name);
  }

  private static ApiResponse resolve(ApiResponse response, OpenAPI openAPI) {
    if (response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
    return openAPI.getComponents().getResponses().get(name);
  }
}
