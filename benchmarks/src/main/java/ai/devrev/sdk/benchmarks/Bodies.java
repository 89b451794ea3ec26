package ai.devrev.sdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bodies every benchmark shares, built once from the spec's own examples so they stay realistic
 * as the spec changes: a large 201 (many messages, users of every kind, SLA summary) and the full request.
 */
final class Bodies {
  static final int MESSAGES = 40;
  static final int MEMBERS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] USER_KINDS = {"dev_user", "rev_user", "service_account", "sys_user"};

  private Bodies() {}

  private static JsonNode operation() {
    try (InputStream in = Bodies.class.getResourceAsStream("/devrev/conversations-create.yaml")) {
      if (in == null) {
        throw new IllegalStateException("devrev/conversations-create.yaml is not on the classpath");
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in).path("paths").path("/conversations.create").path("post");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec's full request example. */
  static byte[] fullRequest() {
    return bytes(operation().path("requestBody").path("content").path("application/json")
        .path("examples").path("full").path("value"));
  }

  /** The spec's 201 example as it stands: the answer the end-to-end benchmarks serve. */
  static byte[] conversationResponse() {
    return bytes(operation().path("responses").path("201").path("content").path("application/json")
        .path("examples").path("full").path("value"));
  }

  /** The spec's 201 example, grown to {@value #MESSAGES} messages and {@value #MEMBERS} members. */
  static byte[] largeResponse() {
    ObjectNode body = (ObjectNode) operation().path("responses").path("201").path("content")
        .path("application/json").path("examples").path("full").path("value").deepCopy();
    ObjectNode conversation = (ObjectNode) body.get("conversation");
    ObjectNode user = (ObjectNode) conversation.get("members").get(0);
    ArrayNode members = JSON.createArrayNode();
    for (int i = 0; i < MEMBERS; i++) {
      members.add(user(user, i));
    }
    conversation.set("members", members);
    ObjectNode message = (ObjectNode) conversation.get("messages").get(0);
    ArrayNode messages = JSON.createArrayNode();
    for (int i = 0; i < MESSAGES; i++) {
      ObjectNode copy = message.deepCopy();
      copy.put("id", "don:core:dvrv-us-1:devo/0:comment/" + i);
      copy.put("display_id", "COMMENT-" + i);
      copy.set("created_by", user(user, i));
      copy.put("body", "Message " + i + ": the printer on floor 3 is still on fire, please advise.");
      messages.add(copy);
    }
    conversation.set("messages", messages);
    return bytes(body);
  }

  private static ObjectNode user(ObjectNode template, int i) {
    ObjectNode user = template.deepCopy();
    String kind = USER_KINDS[i % USER_KINDS.length];
    user.put("type", kind);
    user.put("id", "don:identity:dvrv-us-1:devo/0:user/" + i);
    user.put("display_id", "USER-" + i);
    user.put("display_name", "user" + i);
    if (kind.equals("rev_user")) {
      ObjectNode org = user.putObject("rev_org");
      org.put("type", "rev_org");
      org.put("id", "don:identity:dvrv-us-1:devo/0:revo/" + i);
      org.put("display_name", "Org " + i);
    }
    return user;
  }

  private static byte[] bytes(JsonNode node) {
    if (node.isMissingNode()) {
      throw new IllegalStateException("The spec has no such example");
    }
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
