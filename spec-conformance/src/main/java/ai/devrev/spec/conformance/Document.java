package ai.devrev.spec.conformance;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Locale;

/** One parsed OpenAPI document and the look-ups the comparison needs. */
@SuppressWarnings("rawtypes")
final class Document {
  final String location;
  final OpenAPI openAPI;

  private Document(String location, OpenAPI openAPI) {
    this.location = location;
    this.openAPI = openAPI;
  }

  static Document load(String location) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(location, null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalArgumentException("Cannot read an OpenAPI document at " + location + ": " + result.getMessages());
    }
    return new Document(location, result.getOpenAPI());
  }

  Operation operation(String method, String path) {
    PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().get(path);
    Operation operation = item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
    if (operation == null) {
      throw new IllegalArgumentException(location + " has no operation " + method + " " + path);
    }
    return operation;
  }

  Schema resolve(Schema schema) {
    Schema current = schema;
    for (int hops = 0; current != null && current.get$ref() != null; hops++) {
      if (hops > 50) {
        throw new IllegalStateException("Reference loop at " + schema.get$ref());
      }
      current = openAPI.getComponents().getSchemas().get(name(current.get$ref()));
    }
    if (current == null) {
      throw new IllegalStateException("Unresolved reference " + schema.get$ref() + " in " + location);
    }
    return current;
  }

  ApiResponse resolve(ApiResponse response) {
    return response.get$ref() == null ? response : openAPI.getComponents().getResponses().get(name(response.get$ref()));
  }

  Header resolve(Header header) {
    return header.get$ref() == null ? header : openAPI.getComponents().getHeaders().get(name(header.get$ref()));
  }

  Schema schemaNamed(String ref) {
    return openAPI.getComponents().getSchemas().get(name(ref));
  }

  static String name(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
