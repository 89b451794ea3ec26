package ai.devrev.sdk.simulator;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the validator found wrong with a request into the 400 body DevRev would send: the error
 * kind that matches the first problem ({@code missing_required_field}, {@code unexpected_json_type},
 * {@code invalid_enum_value}, {@code invalid_field}, else {@code bad_request}), with the validator's
 * words as {@code detail}.
 */
final class BadRequests {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final List<String> ORDER = List.of("required", "type", "enum", "additionalProperties");
  /** The field name of the body itself, as in a JSONPath. */
  static final String ROOT = "$";

  private BadRequests() {}

  /** The body for a request whose body is not JSON. */
  static ObjectNode parseError(String detail) {
    return error("parse_error", "The request body is not valid JSON.", detail);
  }

  /** The body for a request that is wrong in a way no more specific kind names. */
  static ObjectNode badRequest(String detail) {
    return error("bad_request", "The request is invalid.", detail);
  }

  /** The body for a request that asks for an API version this document does not describe. */
  static ObjectNode invalidApiVersion(String value, String supported) {
    return error("invalid_api_version", "API version '" + value + "' is not supported.",
        "This simulator speaks DevRev's API version " + supported + ".").put("value", value);
  }

  /** The body for a request whose JSON is not an object: the root ({@value #ROOT}) has the wrong type. */
  static ObjectNode notAnObject(JsonNode body) {
    return error("unexpected_json_type", "The request body must be a JSON object.",
        "The body is " + jsonType(body) + ", not an object.")
        .put("actual", jsonType(body)).put("expected", "object").put("field_name", ROOT);
  }

  /** The body for a request the spec rejects; {@code body} is the parsed request body. */
  static ObjectNode from(ValidationReport report, JsonNode body) {
    List<ValidationReport.Message> errors = new ArrayList<>();
    report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR).forEach(errors::add);
    for (String kind : ORDER) {
      for (ValidationReport.Message message : errors) {
        if (message.getKey().endsWith(".schema." + kind)) {
          return of(kind, message, body);
        }
      }
    }
    return badRequest(errors.isEmpty() ? "The request is invalid." : errors.get(0).getMessage());
  }

  private static ObjectNode of(String kind, ValidationReport.Message message, JsonNode body) {
    String pointer = pointer(message);
    List<String> quoted = quoted(message.getMessage());
    switch (kind) {
      case "required": {
        String field = join(pointer, quoted.isEmpty() ? "" : quoted.get(0));
        return error("missing_required_field", "Field '" + field + "' is required.", message.getMessage())
            .put("field_name", field);
      }
      case "type": {
        ObjectNode error = error("unexpected_json_type", "Field '" + field(pointer) + "' has the wrong type.", message.getMessage());
        error.put("actual", jsonType(body.at(pointer)));
        error.put("expected", quoted.isEmpty() ? "object" : jsonType(quoted.get(0)));
        return error.put("field_name", field(pointer));
      }
      case "enum": {
        ObjectNode error = error("invalid_enum_value", "Field '" + field(pointer) + "' has a value that is not allowed.", message.getMessage());
        quoted.subList(Math.min(1, quoted.size()), quoted.size()).forEach(error.putArray("allowed_values")::add);
        error.put("field_name", field(pointer));
        return error.put("value", body.at(pointer).asText());
      }
      default: {
        String field = join(pointer, quoted.isEmpty() ? "" : quoted.get(0));
        return error("invalid_field", "Field '" + field + "' is not allowed.", message.getMessage()).put("field_name", field);
      }
    }
  }

  private static ObjectNode error(String type, String message, String detail) {
    return NODES.objectNode().put("type", type).put("message", message).put("detail", detail);
  }

  private static String pointer(ValidationReport.Message message) {
    return message.getContext()
        .flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance)
        .flatMap(Optional::ofNullable)
        .orElse("");
  }

  /** A JSON pointer as a field path, e.g. {@code /tags/0/id} as {@code tags[0].id}. */
  static String field(String pointer) {
    StringBuilder field = new StringBuilder();
    for (String token : pointer.split("/")) {
      if (token.isEmpty()) {
        continue;
      }
      String name = token.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        field.append('[').append(name).append(']');
      } else {
        field.append(field.length() == 0 ? "" : ".").append(name);
      }
    }
    return field.toString();
  }

  private static String join(String pointer, String name) {
    String parent = field(pointer);
    return parent.isEmpty() ? name : parent + "." + name;
  }

  private static List<String> quoted(String text) {
    List<String> values = new ArrayList<>();
    Matcher matcher = QUOTED.matcher(text);
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }

  private static String jsonType(JsonNode node) {
    if (node.isArray()) {
      return "array";
    } else if (node.isBoolean()) {
      return "bool";
    } else if (node.isNull()) {
      return "null";
    } else if (node.isNumber()) {
      return "number";
    } else if (node.isObject()) {
      return "object";
    }
    return "string";
  }

  private static String jsonType(String schemaType) {
    switch (schemaType) {
      case "boolean":
        return "bool";
      case "integer":
      case "number":
        return "number";
      case "array":
      case "object":
      case "null":
        return schemaType;
      default:
        return "string";
    }
  }
}
