package ai.devrev.sdk.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the conversation a valid create request yields: the spec's 201 example, with a fresh id and
 * dates, and the request's fields where DevRev echoes them. Fields the request left out are dropped
 * (as DevRev omits them), except those DevRev always sets: the creator, the members (the creator when
 * none were named), the stage (the example's when none was named) and the SLA summary.
 */
final class ConversationFactory {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern KIND_AND_NUMBER = Pattern.compile("([a-z_]+)/([0-9A-Za-z_-]+)$");
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final SpecExamples examples;
  private final AtomicLong conversations = new AtomicLong();
  private final AtomicLong comments = new AtomicLong();

  ConversationFactory(SpecExamples examples) {
    this.examples = examples;
  }

  /** The 201 body for {@code request}, created at {@code now}. */
  ObjectNode create(JsonNode request, Instant now) {
    ObjectNode conversation = examples.createdConversation();
    JsonNode creator = conversation.get("created_by");
    ObjectNode commentTemplate = (ObjectNode) conversation.path("messages").path(0);
    String date = ISO_MILLIS.format(now);
    long number = conversations.incrementAndGet();
    String id = "don:core:dvrv-us-1:devo/0:conversation/" + number;

    conversation.put("id", id).put("display_id", "CONV-" + number);
    conversation.put("created_date", date).put("modified_date", date);
    echoText(request, conversation, "title");
    echoText(request, conversation, "description");
    echoText(request, conversation, "source_channel");
    echoSummaries(request, conversation, "channels");
    echo(request, conversation, "group", ConversationFactory::summary);
    echo(request, conversation, "source_channel_v2", ConversationFactory::summary);
    echoUsers(request, conversation, "owned_by");
    if (request.has("members")) {
      echoUsers(request, conversation, "members");
    } else {
      conversation.putArray("members").add(creator.deepCopy());
    }
    if (request.path("metadata").has("url_context")) {
      conversation.putObject("metadata").put("url_context", request.get("metadata").get("url_context").asText());
    } else {
      conversation.remove("metadata");
    }
    if (request.path("stage").has("name")) {
      conversation.putObject("stage").put("name", request.get("stage").get("name").asText());
    }
    echoTags(request, conversation);
    echoMessages(request, conversation, commentTemplate, creator, date);
    JsonNode tracker = conversation.path("sla_summary").path("sla_tracker");
    if (tracker.isObject()) {
      ((ObjectNode) tracker).put("applies_to_id", id);
    }
    return NODES.objectNode().set("conversation", conversation);
  }

  private void echoMessages(JsonNode request, ObjectNode conversation, ObjectNode template, JsonNode creator, String date) {
    if (!request.has("messages")) {
      conversation.remove("messages");
      return;
    }
    ArrayNode messages = conversation.putArray("messages");
    for (JsonNode message : request.get("messages")) {
      long number = comments.incrementAndGet();
      ObjectNode comment = template.deepCopy();
      comment.put("id", "don:core:dvrv-us-1:devo/0:comment/" + number).put("display_id", "COMMENT-" + number);
      comment.set("created_by", creator.deepCopy());
      comment.set("modified_by", creator.deepCopy());
      comment.put("created_date", date).put("modified_date", date);
      comment.put("object", conversation.get("id").asText()).put("object_display_id", conversation.get("display_id").asText());
      echoText(message, comment, "body");
      JsonNode file = template.path("artifacts").path(0).path("file");
      if (message.has("artifacts")) {
        ArrayNode artifacts = comment.putArray("artifacts");
        for (JsonNode artifact : message.get("artifacts")) {
          ObjectNode summary = summary(artifact);
          if (file.isObject()) {
            summary.set("file", file.deepCopy());
          }
          artifacts.add(summary);
        }
      } else {
        comment.remove("artifacts");
      }
      messages.add(comment);
    }
  }

  private static void echoTags(JsonNode request, ObjectNode conversation) {
    if (!request.has("tags")) {
      conversation.remove("tags");
      return;
    }
    ArrayNode tags = conversation.putArray("tags");
    for (JsonNode tag : request.get("tags")) {
      ObjectNode summary = summary(tag.get("id"));
      summary.put("name", "tag-" + numberOf(tag.get("id").asText()));
      ObjectNode withValue = NODES.objectNode();
      withValue.set("tag", summary);
      if (tag.has("value")) {
        withValue.put("value", tag.get("value").asText());
      }
      tags.add(withValue);
    }
  }

  private static void echoUsers(JsonNode request, ObjectNode conversation, String field) {
    if (!request.has(field)) {
      conversation.remove(field);
      return;
    }
    ArrayNode users = conversation.putArray(field);
    request.get(field).forEach(id -> users.add(user(id.asText())));
  }

  /** A user summary for an id, its kind read from the id ({@code devu} a dev user, {@code revu} a customer...). */
  static ObjectNode user(String id) {
    String kind = kindOf(id);
    String type = kind.equals("revu") ? "rev_user" : kind.equals("svcacc") ? "service_account" : kind.equals("sysu") ? "sys_user" : "dev_user";
    ObjectNode user = NODES.objectNode().put("type", type);
    user.setAll(summary(NODES.textNode(id)));
    return user.put("display_name", kind + "-" + numberOf(id)).put("state", "active");
  }

  private static void echoSummaries(JsonNode request, ObjectNode conversation, String field) {
    if (!request.has(field)) {
      conversation.remove(field);
      return;
    }
    ArrayNode summaries = conversation.putArray(field);
    request.get(field).forEach(id -> summaries.add(summary(id)));
  }

  private static void echo(JsonNode request, ObjectNode conversation, String field, java.util.function.Function<JsonNode, ObjectNode> summary) {
    if (request.has(field)) {
      conversation.set(field, summary.apply(request.get(field)));
    } else {
      conversation.remove(field);
    }
  }

  private static void echoText(JsonNode from, ObjectNode to, String field) {
    if (from.has(field)) {
      to.put(field, from.get(field).asText());
    } else {
      to.remove(field);
    }
  }

  /** {@code {id, display_id}} for an id, e.g. {@code ...:channel/1} as {@code CHANNEL-1}. */
  static ObjectNode summary(JsonNode id) {
    String text = id.asText();
    return NODES.objectNode().put("id", text).put("display_id", kindOf(text).toUpperCase(Locale.ROOT) + "-" + numberOf(text));
  }

  private static String kindOf(String id) {
    Matcher matcher = KIND_AND_NUMBER.matcher(id);
    return matcher.find() ? matcher.group(1) : "object";
  }

  private static String numberOf(String id) {
    Matcher matcher = KIND_AND_NUMBER.matcher(id);
    return matcher.find() ? matcher.group(2) : Integer.toHexString(id.hashCode());
  }
}
