package ai.devrev.sdk.reliability.corpus;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the hostile-body corpus: {@code bodies/*} and {@code manifest.jsonl}, one case per line. The
 * committed corpus is this program's output plus hand-added regression cases in
 * {@code regressions.jsonl} and {@code regressions/}, which it never touches. Regenerate after changing it:
 *
 * <pre>
 * ./mvnw -B -q -o -pl reliability-tests test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ai.devrev.sdk.reliability.corpus.CorpusGenerator
 * </pre>
 *
 * <p>Every expected outcome is what the client's contract says should happen (its README's error
 * table), not merely what it does today: a case that disagrees with the client is a bug report.
 */
public final class CorpusGenerator {
  static final String JSON = "Content-Type: application/json";
  static final String HTML = "Content-Type: text/html; charset=utf-8";
  static final String TEXT = "Content-Type: text/plain; charset=utf-8";
  static final String GZIP = "Content-Encoding: gzip";

  private static final JsonAdapter<Object> WRITER = new Moshi.Builder().build().adapter(Object.class);
  private final List<Map<String, Object>> manifest = new ArrayList<>();
  private final Map<String, byte[]> bodies = new LinkedHashMap<>();

  public static void main(String[] args) throws IOException {
    // exec:java runs in the directory Maven was started from: the module's or the project's.
    Path module = Files.isDirectory(Path.of("reliability-tests")) ? Path.of("reliability-tests") : Path.of(".");
    Path out = args.length > 0 ? Path.of(args[0]) : module.resolve("src/test/resources/corpus");
    CorpusGenerator generator = new CorpusGenerator();
    generator.generate();
    generator.write(out);
    System.out.println("Wrote " + generator.manifest.size() + " cases to " + out.toAbsolutePath());
  }

  /** The cases, in memory: body files by name and manifest lines. */
  static CorpusGenerator generated() {
    CorpusGenerator generator = new CorpusGenerator();
    generator.generate();
    return generator;
  }

  Map<String, byte[]> bodies() {
    return bodies;
  }

  List<String> manifestLines() {
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> entry : manifest) {
      lines.add(WRITER.toJson(entry));
    }
    return lines;
  }

  private void write(Path out) throws IOException {
    Path dir = out.resolve("bodies");
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path file : (Iterable<Path>) old::iterator) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
      Files.write(dir.resolve(body.getKey()), body.getValue());
    }
    Files.write(out.resolve("manifest.jsonl"), manifestLines(), StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- the documents the cases start from

  static String don(String path) {
    return (path.startsWith("dev") || path.startsWith("rev") || path.startsWith("svc") || path.startsWith("sys")
        || path.startsWith("group") ? "don:identity:dvrv-us-1:devo/0:" : "don:core:dvrv-us-1:devo/0:") + path;
  }

  static Map<String, Object> obj(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static List<Object> arr(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  static final String CONVERSATION_ID = don("conversation/1");

  /** A 201 body that sets every property of the contract, with every kind of union member. */
  static Map<String, Object> full() {
    Map<String, Object> artifact = obj("id", don("artifact/1"), "display_id", "ARTIFACT-1",
        "file", obj("type", "image/png", "name", "avatar.png", "size", 1024L));
    Map<String, Object> devUser = obj("type", "dev_user", "id", don("devu/1"), "display_id", "DEVU-1",
        "display_name", "agent1", "email", "agent1@example.com", "full_name", "Agent 1", "state", "active",
        "display_picture", artifact);
    Map<String, Object> revUser = obj("type", "rev_user", "id", don("revu/1"), "display_id", "REVU-1",
        "external_ref", "customer-1", "rev_org", obj("type", "rev_org", "id", don("revo/1"), "display_name", "Acme"));
    Map<String, Object> issue = obj("type", "issue", "id", don("issue/1"), "display_id", "ISS-1", "title", "Fix it",
        "owned_by", arr(obj("type", "dev_user", "id", don("devu/2"))), "stage", obj("name", "triage"),
        "priority", "p1", "priority_v2", obj("id", 1L, "label", "P1", "ordinal", 1L),
        "sprint", obj("type", "curated", "id", don("sprint/1"), "name", "Sprint 1", "state", "active",
            "start_date", "2023-01-01T00:00:00Z", "end_date", "2023-01-14T00:00:00Z"));
    Map<String, Object> link = obj("type", "link", "id", don("link/1"), "link_type", "is_related_to",
        "source", obj("type", "ticket", "id", don("ticket/1"), "title", "Ticket", "owned_by", arr(),
            "severity", "high", "rev_org", obj("type", "rev_org", "id", don("revo/1")),
            "account", obj("id", don("account/1"), "display_name", "Acme")),
        "target", obj("type", "product", "id", don("product/1"), "name", "Printer", "owned_by", arr()));
    Map<String, Object> sla = obj("type", "sla", "id", don("sla/1"), "name", "Gold", "status", "published",
        "sla_type", "external");
    Map<String, Object> article = obj("type", "article", "id", don("article/1"), "article_type", "article",
        "title", "How to", "resource", obj("url", "https://example.com/a", "artifacts", arr(obj("id", don("artifact/3")))));
    Map<String, Object> comment = obj("type", "timeline_comment", "id", don("comment/1"),
        "created_date", "2023-01-01T12:00:00.000Z", "created_by", obj("type", "sys_user", "id", don("sysu/1")),
        "object", CONVERSATION_ID, "object_display_id", "CONV-1", "object_type", "conversation",
        "visibility", "external", "body", "Help!", "body_type", "text",
        "artifacts", arr(obj("id", don("artifact/2"))),
        "references", arr(issue, link, sla, article),
        "snap_kit_body", obj("body", obj("blocks", arr(1L, "two", true, null)), "snap_in_id", "snap-1",
            "snap_in_action_name", "act"),
        "snap_widget_body", arr(obj("type", "email_preview", "subject", "Hi")));
    Map<String, Object> tracker = obj("id", don("tracker/1"), "applies_to_id", CONVERSATION_ID,
        "applies_to_type", "conversation", "stage", "running", "status", "active",
        "metric_target_summaries", arr(obj("metric_definition", obj("id", don("metric/1"), "name", "First response"),
            "stage", "ongoing", "status", "active", "completed_in", 30L, "in_policy", true, "is_out_of_schedule", false,
            "target_time", "2023-01-01T13:00:00Z", "remaining_time", 60L)),
        "removed_sla_metric_history", arr(obj()),
        "sla", obj("id", don("sla/1"), "name", "Gold", "status", "published"));
    Map<String, Object> conversation = obj(
        "id", CONVERSATION_ID,
        "display_id", "CONV-1",
        "created_by", devUser,
        "created_date", "2023-01-01T12:00:00.000Z",
        "modified_by", revUser,
        "modified_date", "2023-01-01T12:00:00+02:00",
        "channels", arr(obj("id", don("channel/1"))),
        "description", "The printer on floor 3 is on fire.",
        "group", obj("id", don("group/1"), "display_id", "GRP-1"),
        "members", arr(obj("type", "dev_user", "id", don("devu/1")), obj("type", "rev_user", "id", don("revu/1")),
            obj("type", "service_account", "id", don("svcacc/1")), obj("type", "sys_user", "id", don("sysu/1"))),
        "messages", arr(comment),
        "metadata", obj("url_context", "https://example.com/help"),
        "owned_by", arr(obj("type", "dev_user", "id", don("devu/2"))),
        "sla_summary", obj("stage", "running", "target_time", "2023-01-02T12:00:00Z", "remaining_time", 3600L,
            "closest_to_breach_metric", "first_response",
            "org_schedule", obj("id", don("schedule/1"), "name", "Office hours", "status", "published",
                "timezone", "UTC", "valid_until", "2024-01-01T00:00:00Z"),
            "sla_tracker", tracker),
        "sla_tracker", obj("id", don("tracker/1"), "applies_to_type", "conversation"),
        "source_channel", "email",
        "source_channel_v2", obj("id", don("channel/2")),
        "stage", obj("name", "queued"),
        "tags", arr(obj("tag", obj("id", don("tag/1"), "name", "urgent"), "value", "high")),
        "title", "Printer on fire");
    return obj("conversation", conversation);
  }

  static Map<String, Object> minimal() {
    return obj("conversation", obj("id", CONVERSATION_ID, "members", arr()));
  }

  static Map<String, Object> error(String type, Object... more) {
    Map<String, Object> error = obj("type", type, "message", "Message for " + type, "detail", "Detail for " + type);
    error.putAll(obj(more));
    return error;
  }

  static String json(Object value) {
    return WRITER.toJson(value);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, copyValue(v)));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Object copyValue(Object value) {
    if (value instanceof Map) {
      return deepCopy((Map<String, Object>) value);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) value).forEach(item -> copy.add(copyValue(item)));
      return copy;
    }
    return value;
  }

  /** {@code full()} with the value at {@code path} ("conversation.members.0.type") replaced; REMOVE deletes it. */
  static Map<String, Object> fullWith(String path, Object value) {
    Map<String, Object> doc = deepCopy(full());
    set(doc, path, value);
    return doc;
  }

  static final Object REMOVE = new Object();

  @SuppressWarnings("unchecked")
  static void set(Object root, String path, Object value) {
    String[] parts = path.split("\\.");
    Object node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node instanceof List ? ((List<Object>) node).get(Integer.parseInt(parts[i]))
          : ((Map<String, Object>) node).get(parts[i]);
    }
    String last = parts[parts.length - 1];
    if (node instanceof List) {
      ((List<Object>) node).set(Integer.parseInt(last), value);
    } else if (value == REMOVE) {
      ((Map<String, Object>) node).remove(last);
    } else {
      ((Map<String, Object>) node).put(last, value);
    }
  }

  /** Moves a union member's {@code type} label to the end, so the adapter must read the object as a tree first. */
  @SuppressWarnings("unchecked")
  static void labelLast(Object root, String path) {
    Object node = root;
    for (String part : path.split("\\.")) {
      node = node instanceof List ? ((List<Object>) node).get(Integer.parseInt(part)) : ((Map<String, Object>) node).get(part);
    }
    Map<String, Object> member = (Map<String, Object>) node;
    Object label = member.remove("type");
    member.put("type", label);
  }

  // ---------------------------------------------------------------- building cases

  private final class CaseBuilder {
    private final Map<String, Object> entry = new LinkedHashMap<>();
    private final List<String> headers = new ArrayList<>();

    CaseBuilder(String id, String category, int status) {
      entry.put("id", id);
      entry.put("category", category);
      entry.put("status", status);
    }

    CaseBuilder header(String header) {
      headers.add(header);
      return this;
    }

    CaseBuilder body(String extension, byte[] bytes) {
      String name = entry.get("id") + "." + extension;
      if (bodies.put(name, bytes) != null) {
        throw new IllegalStateException("two cases named " + name);
      }
      entry.put("body", "bodies/" + name);
      return this;
    }

    CaseBuilder json(String text) {
      return body("json", text.getBytes(StandardCharsets.UTF_8));
    }

    CaseBuilder generate(String generator) {
      entry.put("generate", generator);
      return this;
    }

    CaseBuilder transfer(String transfer) {
      entry.put("transfer", transfer);
      return this;
    }

    CaseBuilder expect(String outcome) {
      entry.put("expect", outcome);
      return this;
    }

    CaseBuilder errorType(String type) {
      entry.put("errorType", type);
      return this;
    }

    CaseBuilder noErrorType() {
      entry.put("errorTypeAbsent", true);
      return this;
    }

    CaseBuilder conversationId(String id) {
      entry.put("conversationId", id);
      return this;
    }

    CaseBuilder encodedContains(String text) {
      entry.put("encodedContains", text);
      return this;
    }

    CaseBuilder mayHaveReachedServer(boolean value) {
      entry.put("mayHaveReachedServer", value);
      return this;
    }

    CaseBuilder informational() {
      entry.put("informational", 100);
      return this;
    }

    CaseBuilder requests(int count) {
      entry.put("requests", count);
      return this;
    }

    CaseBuilder note(String note) {
      entry.put("note", note);
      return this;
    }

    void add() {
      if (!entry.containsKey("body") && !entry.containsKey("generate")) {
        entry.put("body", null);
      }
      List<String> all = new ArrayList<>(headers);
      entry.put("headers", all);
      if (!entry.containsKey("expect")) {
        throw new IllegalStateException("no expectation for " + entry.get("id"));
      }
      if (SET_ASIDE.contains(entry.get("id")) && DECODING.equals(entry.get("expect"))) {
        entry.put("expect", DECODED);
        entry.put("note", (entry.containsKey("note") ? entry.get("note") + "; " : "") + "set aside in problems(), the create succeeds");
      }
      Map<String, Object> ordered = new LinkedHashMap<>();
      for (String key : List.of("id", "category", "status", "headers", "body", "generate", "transfer", "expect")) {
        if (entry.containsKey(key)) {
          ordered.put(key, entry.get(key));
        }
      }
      entry.forEach(ordered::putIfAbsent);
      manifest.add(ordered);
    }
  }

  private CaseBuilder add(String id, String category, int status) {
    return new CaseBuilder(id, category, status);
  }

  static String exceptionFor(int status) {
    switch (status) {
      case 400: return "BadRequestException";
      case 401: return "UnauthorizedException";
      case 403: return "ForbiddenException";
      case 429: return "RateLimitedException";
      case 500: return "InternalServerErrorException";
      case 503: return "ServiceUnavailableException";
      default:
        return status >= 200 && status < 300 ? "Decoded" : "UnexpectedStatusException";
    }
  }

  /**
   * Cases whose odd value lies outside what identifies the conversation: the generated client's
   * tolerant decoding sets the value aside (it reads as absent and is listed in {@code problems()}), so
   * the create succeeds instead of failing with DevRevDecodingException.
   */
  static final java.util.Set<String> SET_ASIDE = java.util.Set.of(
      "baseline-spec-example-without-members", "dup-members", "null-03", "null-04",
      "null-08", "null-09", "null-10", "null-11",
      "null-12", "unknown-member-no-label", "wrong-type-08", "wrong-type-09",
      "wrong-type-10", "wrong-type-11", "wrong-type-12", "wrong-type-13",
      "wrong-type-14", "wrong-type-15", "wrong-type-17", "wrong-type-18",
      "wrong-type-19", "wrong-type-20", "wrong-type-21", "wrong-type-22",
      "wrong-type-23", "wrong-type-24", "wrong-type-25", "wrong-type-26",
      "wrong-type-29", "wrong-type-30", "wrong-type-32", "wrong-type-33",
      "wrong-type-34", "wrong-type-35", "wrong-type-36", "wrong-type-37",
      "wrong-type-38", "wrong-type-39", "wrong-type-40", "wrong-type-41",
      "wrong-type-42", "wrong-type-43", "wrong-type-44", "wrong-type-45",
      "wrong-type-46", "wrong-type-47", "wrong-type-label-last-01", "wrong-type-label-last-04",
      "wrong-type-label-last-06", "wrong-type-label-last-07", "wrong-type-label-last-08", "wrong-type-label-last-09",
      "wrong-type-label-last-10", "wrong-type-label-last-11", "wrong-type-label-last-12", "wrong-type-label-last-13",
      "wrong-type-label-last-14");

  static final String DECODED = "Decoded";
  static final String DECODING = "DevRevDecodingException";
  static final String IO = "DevRevIoException";

  // ---------------------------------------------------------------- the cases

  void generate() {
    baseline();
    truncated();
    wrongTypes();
    nulls();
    deepNesting();
    longStrings();
    invalidUtf8();
    byteOrderMarks();
    duplicateKeys();
    errorPages();
    emptyBodies();
    lyingGzip();
    unknownValues();
    errorBodies();
    oddities();
    huge();
  }

  private void baseline() {
    add("baseline-full", "baseline", 201).header(JSON).json(json(full())).expect(DECODED)
        .conversationId(CONVERSATION_ID).encodedContains("\"email_preview\"")
        .note("every property and every kind of union member: the control case").add();
    add("baseline-minimal", "baseline", 201).header(JSON).json(json(minimal())).expect(DECODED)
        .conversationId(CONVERSATION_ID).add();
    add("baseline-200", "baseline", 200).header(JSON).json(json(full())).expect(DECODED)
        .note("any 2xx with the contract's body decodes").add();
    add("baseline-pretty", "baseline", 201).header(JSON)
        .json(json(full()).replace(",", ",\n    ").replace("{", "{\r\n\t")).expect(DECODED)
        .conversationId(CONVERSATION_ID).note("insignificant whitespace of every kind").add();
    add("baseline-unknown-fields", "baseline", 201).header(JSON)
        .json(json(fullWith("conversation.future_field", obj("nested", arr(1L, 2.5, "x", false, null))))).expect(DECODED)
        .encodedContains("\"future_field\"").note("unknown properties are kept and written back").add();
    add("baseline-spec-example", "baseline", 201).header(JSON)
        .json("{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/1\",\"display_id\":\"CONV-1\","
            + "\"created_by\":{\"type\":\"dev_user\",\"id\":\"don:identity:dvrv-us-1:devo/0:devu/1\",\"display_id\":\"DEVU-1\","
            + "\"display_name\":\"agent1\",\"email\":\"agent1@example.com\",\"full_name\":\"Agent 1\",\"state\":\"active\","
            + "\"display_picture\":{\"id\":\"don:core:dvrv-us-1:devo/0:artifact/1\",\"display_id\":\"ARTIFACT-1\","
            + "\"file\":{\"type\":\"image/png\",\"name\":\"avatar.png\",\"size\":1024}}},"
            + "\"created_date\":\"2023-01-01T12:00:00.000Z\",\"title\":\"Printer on fire\",\"members\":[]}}")
        .expect(DECODED).conversationId(CONVERSATION_ID).note("the spec's 201 example, with members").add();
    add("baseline-spec-example-without-members", "baseline", 201).header(JSON)
        .json("{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/1\",\"display_id\":\"CONV-1\","
            + "\"title\":\"Printer on fire\"}}")
        .expect(DECODING).note("members is required by the contract").add();
  }

  private void truncated() {
    String full = json(full());
    // Cut points by structural position: the first few of each kind, from shallow to deep.
    Map<String, List<Integer>> kinds = new LinkedHashMap<>();
    boolean inString = false;
    for (int i = 0; i < full.length(); i++) {
      char c = full.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          kinds.computeIfAbsent(full.charAt(i + 1) == ':' ? "after-key" : "after-string-value", k -> new ArrayList<>()).add(i + 1);
        } else if (i > 0 && full.charAt(i - 1) == '"') {
          kinds.computeIfAbsent("inside-string", k -> new ArrayList<>()).add(i + 1);
        }
        continue;
      }
      String kind = null;
      switch (c) {
        case '{': kind = "after-open-brace"; break;
        case '[': kind = "after-open-bracket"; break;
        case '}': kind = "before-close-brace"; break;
        case ']': kind = "before-close-bracket"; break;
        case ':': kind = "after-colon"; break;
        case ',': kind = "after-comma"; break;
        case '"': inString = true; kind = "after-open-quote"; break;
        case 't': case 'f': case 'n': kind = "inside-literal"; break;
        default:
          if (Character.isDigit(c)) {
            kind = "inside-number";
          }
      }
      if (kind != null) {
        int cut = kind.startsWith("before-") ? i : i + 1;
        if (kind.equals("inside-literal") || kind.equals("inside-number")) {
          cut = i + 1;
        }
        kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(cut);
      }
    }
    for (Map.Entry<String, List<Integer>> kind : kinds.entrySet()) {
      List<Integer> cuts = kind.getValue();
      int[] picks = {0, cuts.size() / 2, cuts.size() - 1};
      int n = 0;
      for (int pick : Arrays.stream(picks).distinct().toArray()) {
        int cut = cuts.get(pick);
        add("truncated-" + kind.getKey() + "-" + (++n), "truncated", 201).header(JSON)
            .json(full.substring(0, cut)).expect(DECODING).note("201 body cut at byte " + cut + " of " + full.length()).add();
      }
    }
    add("truncated-last-byte", "truncated", 201).header(JSON).json(full.substring(0, full.length() - 1))
        .expect(DECODING).add();
    add("truncated-first-byte", "truncated", 201).header(JSON).json("{").expect(DECODING).add();
    String error = json(error("missing_required_field", "field_name", "type"));
    int typeRead = error.indexOf("\"missing_required_field\"") + "\"missing_required_field\"".length();
    for (int cut : new int[] {1, 9, error.length() / 2, error.length() - 1}) {
      CaseBuilder entry = add("truncated-400-at-" + cut, "truncated", 400).header(JSON).json(error.substring(0, cut))
          .expect("BadRequestException");
      // What arrived before the cut is kept: a type that arrived whole is read.
      (cut >= typeRead ? entry.errorType("missing_required_field") : entry.noErrorType()).add();
    }
    String limited = json(error("too_many_requests", "retry_after", 7L));
    add("truncated-429", "truncated", 429).header(JSON).json(limited.substring(0, limited.length() - 3))
        .expect("RateLimitedException").errorType("too_many_requests").add();
  }

  private void wrongTypes() {
    Object[][] cases = {
        // path, value, expected, note
        {"conversation", "a string", DECODING, "object given a string"},
        {"conversation", arr(), DECODING, "object given an array"},
        {"conversation", 42L, DECODING, "object given a number"},
        {"conversation.id", obj(), DECODING, "string given an object"},
        {"conversation.id", arr("a"), DECODING, "string given an array"},
        {"conversation.id", true, DECODING, "string given a boolean"},
        {"conversation.id", 12345L, DECODED, "string given a number: Moshi reads a number's text as a string"},
        {"conversation.title", false, DECODING, "text given a boolean"},
        {"conversation.description", arr(), DECODING, "text given an array"},
        {"conversation.created_date", 1672574400L, DECODING, "date-time given epoch seconds"},
        {"conversation.created_date", "yesterday", DECODING, "date-time given prose"},
        {"conversation.created_date", "2023-02-30T12:00:00Z", DECODING, "date-time that does not exist"},
        {"conversation.created_date", "2023-01-01T25:00:00Z", DECODING, "hour 25"},
        {"conversation.created_date", "2023-01-01T12:00:00+18:30", DECODING, "offset beyond ±18:00"},
        {"conversation.created_date", "2023-01-01T12:00:00-19:00", DECODING, "offset beyond -18:00"},
        {"conversation.created_date", "+999999999-12-31T23:59:59Z", DECODED,
            "an expanded year: java.time reads it, which is harmless"},
        {"conversation.modified_date", obj(), DECODING, "date-time given an object"},
        {"conversation.members", obj(), DECODING, "array given an object"},
        {"conversation.members", "dev_user", DECODING, "array given a string"},
        {"conversation.members.0", "DEVU-1", DECODING, "union member given a string"},
        {"conversation.members.0", arr(), DECODING, "union member given an array"},
        {"conversation.members.0.type", 7L, DECODING, "union label given a number"},
        {"conversation.members.0.type", true, DECODING, "union label given a boolean"},
        {"conversation.members.0.type", obj(), DECODING, "union label given an object"},
        {"conversation.created_by.state", true, DECODING, "enum given a boolean"},
        {"conversation.created_by.state", arr(), DECODING, "enum given an array"},
        {"conversation.created_by.state", 3L, DECODED, "enum given a number: kept as the unknown value \"3\""},
        {"conversation.created_by.display_picture.file.size", "1024", DECODED, "int32 given a numeric string: Moshi accepts it"},
        {"conversation.created_by.display_picture.file.size", "big", DECODING, "int32 given a word"},
        {"conversation.created_by.display_picture.file.size", 1.5, DECODING, "int32 given a fraction"},
        {"conversation.created_by.display_picture.file.size", 4294967296L, DECODED, "int32 given 2^32: every integer decodes as a long"},
        {"conversation.created_by.display_picture.file.size", true, DECODING, "int32 given a boolean"},
        {"conversation.sla_summary.remaining_time", obj(), DECODING, "int32 given an object"},
        {"conversation.messages.0.references.0.priority_v2.id", "one", DECODING, "int64 given a word"},
        {"conversation.messages.0.references.0.priority_v2.id", 1e30, DECODING, "int64 given 1e30"},
        {"conversation.sla_summary.sla_tracker.metric_target_summaries.0.in_policy", "true", DECODING,
            "boolean given a string"},
        {"conversation.sla_summary.sla_tracker.metric_target_summaries.0.in_policy", 1L, DECODING, "boolean given 1"},
        {"conversation.group", "GRP-1", DECODING, "object given a string"},
        {"conversation.metadata", arr(), DECODING, "object given an array"},
        {"conversation.stage", "queued", DECODING, "object given a string"},
        {"conversation.tags", obj("tag", obj()), DECODING, "array given an object"},
        {"conversation.tags.0.tag", "urgent", DECODING, "object given a string"},
        {"conversation.messages.0.snap_kit_body.body", "free-form given a string", DECODING,
            "free-form object given a string"},
        {"conversation.messages.0.references.0", 5L, DECODING, "atom union given a number"},
        {"conversation.messages.0", "comment", DECODING, "timeline union given a string"},
        {"conversation.sla_summary.sla_tracker.removed_sla_metric_history", obj(), DECODING, "array given an object"},
        {"conversation.channels.0", arr(), DECODING, "object given an array"},
    };
    int n = 0;
    for (Object[] c : cases) {
      CaseBuilder builder = add(String.format("wrong-type-%02d", ++n), "wrong-type", 201).header(JSON)
          .json(json(fullWith((String) c[0], c[1]))).expect((String) c[2]).note(c[0] + ": " + c[3]);
      builder.add();
    }
    // The same mistakes where a union's label comes last, so the member is decoded from a tree of values.
    Object[][] late = {
        {"conversation.created_by", "display_picture.file.size", 1.5, DECODING, "int32 given a fraction"},
        {"conversation.created_by", "display_picture.file.size", 4294967296L, DECODED, "int32 given 2^32: every integer decodes as a long"},
        {"conversation.created_by", "display_picture.file.size", "1e3", DECODED, "int32 given \"1e3\""},
        {"conversation.created_by", "display_picture.file.size", "1.5", DECODING, "int32 given \"1.5\""},
        {"conversation.created_by", "display_picture.file.size", "99999999999", DECODED, "int32 given \"99999999999\": a long"},
        {"conversation.created_by", "display_picture.file.size", "NaN", DECODING, "int32 given \"NaN\""},
        {"conversation.created_by", "state", arr(), DECODING, "enum given an array"},
        {"conversation.created_by", "display_picture", "picture", DECODING, "object given a string"},
        {"conversation.messages.0.references.0", "priority_v2.id", 1.5, DECODING, "int64 given a fraction"},
        {"conversation.messages.0.references.0", "priority_v2.id", "1e30", DECODING, "int64 given \"1e30\""},
        {"conversation.messages.0.references.0", "priority_v2.ordinal", 1e300, DECODING, "int64 given 1e300"},
        {"conversation.messages.0.references.0", "sprint.start_date", "2023-01-01T12:00:00+18:30", DECODING,
            "offset beyond ±18:00"},
        {"conversation.messages.0", "created_date", 12L, DECODING, "date-time given a number"},
        {"conversation.messages.0", "references.1.source.owned_by", "none", DECODING, "array given a string"},
    };
    n = 0;
    for (Object[] c : late) {
      Map<String, Object> doc = deepCopy(full());
      set(doc, c[0] + "." + c[1], c[2]);
      labelLast(doc, (String) c[0]);
      add(String.format("wrong-type-label-last-%02d", ++n), "wrong-type", 201).header(JSON).json(json(doc))
          .expect((String) c[3]).note(c[0] + "." + c[1] + " with the union label last: " + c[4]).add();
    }
    Map<String, Object> doc = deepCopy(full());
    set(doc, "conversation.created_by.display_picture.file.size", 4096L);
    labelLast(doc, "conversation.created_by");
    add("label-last-valid", "wrong-type", 201).header(JSON).json(json(doc)).expect(DECODED)
        .encodedContains("\"size\":4096").note("control: a valid member with its label last").add();
  }

  private void nulls() {
    Object[][] cases = {
        {"conversation", DECODING, "the required conversation is null"},
        {"conversation.id", DECODING, "the required id is null"},
        {"conversation.members", DECODING, "the required members is null"},
        {"conversation.members.0", DECODING, "a null where a member object is expected"},
        {"conversation.created_by", DECODED, "an optional object is null"},
        {"conversation.group", DECODED, "an optional object is null"},
        {"conversation.sla_summary", DECODED, "an optional object is null"},
        {"conversation.messages.0", DECODING, "a null where a timeline entry is expected"},
        {"conversation.tags.0.tag", DECODING, "the required tag is null"},
        {"conversation.stage.name", DECODING, "the required stage name is null"},
        {"conversation.messages.0.references.1.source", DECODING, "the required link source is null"},
        {"conversation.created_by.type", DECODING, "a null union label"},
        {"conversation.messages.0.snap_kit_body.body", DECODED, "a null free-form object"},
        {"conversation.created_by.state", DECODED, "a null optional enum"},
    };
    int n = 0;
    for (Object[] c : cases) {
      add(String.format("null-%02d", ++n), "null", 201).header(JSON).json(json(fullWith((String) c[0], null)))
          .expect((String) c[1]).note(c[0] + ": " + c[2]).add();
    }
    add("null-document", "null", 201).header(JSON).json("null").expect(DECODING).note("the whole body is null").add();
    add("null-document-200", "null", 200).header(JSON).json(" null ").expect(DECODING).add();
    add("null-error-400", "null", 400).header(JSON).json("null").expect("BadRequestException").noErrorType().add();
    add("null-type-400", "null", 400).header(JSON).json(json(obj("type", null, "message", "m")))
        .expect("BadRequestException").noErrorType().add();
    add("null-retry-after-429", "null", 429).header(JSON).json(json(error("too_many_requests", "retry_after", null)))
        .expect("RateLimitedException").errorType("too_many_requests").add();
  }

  static String nest(String open, String close, int depth, String inner) {
    return open.repeat(depth) + inner + close.repeat(depth);
  }

  private void deepNesting() {
    String prefix = "{\"conversation\":{\"id\":\"" + CONVERSATION_ID + "\",\"members\":[],\"future\":";
    add("deep-arrays-10000", "deep-nesting", 201).header(JSON).json(prefix + nest("[", "]", 10_000, "1") + "}}")
        .expect(DECODING).note("10 000 nested arrays in an unknown property").add();
    add("deep-objects-10000", "deep-nesting", 201).header(JSON)
        .json(prefix + nest("{\"a\":", "}", 10_000, "1") + "}}").expect(DECODING)
        .note("10 000 nested objects in an unknown property").add();
    add("deep-unclosed-10000", "deep-nesting", 201).header(JSON).json(prefix + "[".repeat(10_000))
        .expect(DECODING).note("10 000 opened arrays, never closed").add();
    add("deep-root-10000", "deep-nesting", 201).header(JSON).json(nest("[", "]", 10_000, ""))
        .expect(DECODING).note("10 000 nested arrays as the whole body").add();
    Map<String, Object> doc = fullWith("conversation.messages.0.snap_kit_body.body", "PLACEHOLDER");
    add("deep-free-form-10000", "deep-nesting", 201).header(JSON)
        .json(json(doc).replace("\"PLACEHOLDER\"", nest("{\"k\":[", "]}", 5_000, "0")))
        .expect(DECODING).note("10 000 levels in the free-form snap-kit body").add();
    Map<String, Object> late = deepCopy(full());
    set(late, "conversation.created_by.extra", "PLACEHOLDER");
    labelLast(late, "conversation.created_by");
    add("deep-label-last-10000", "deep-nesting", 201).header(JSON)
        .json(json(late).replace("\"PLACEHOLDER\"", nest("[", "]", 10_000, "")))
        .expect(DECODING).note("10 000 levels inside a union member read as a tree").add();
    add("deep-arrays-200", "deep-nesting", 201).header(JSON).json(prefix + nest("[", "]", 200, "1") + "}}")
        .expect(DECODED).note("control: 200 levels are within Moshi's limit of 255").add();
    add("deep-400-10000", "deep-nesting", 400).header(JSON)
        .json("{\"type\":\"bad_request\",\"message\":\"m\",\"x\":" + nest("[", "]", 10_000, "") + "}")
        .expect("BadRequestException").add();
    add("deep-429-10000", "deep-nesting", 429).header(JSON)
        .json("{\"type\":\"too_many_requests\",\"retry_after\":" + nest("[", "]", 10_000, "1") + "}")
        .expect("RateLimitedException").add();
    add("deep-500-root-10000", "deep-nesting", 500).header(JSON).json(nest("{\"a\":", "}", 10_000, "1"))
        .expect("InternalServerErrorException").noErrorType().add();
  }

  private void longStrings() {
    int size = 600_000;
    add("long-title-ascii", "long-string", 201).header(JSON).json(json(fullWith("conversation.title", "a".repeat(size))))
        .expect(DECODED).conversationId(CONVERSATION_ID).note("a 600 000-character title").add();
    add("long-title-two-byte", "long-string", 201).header(JSON)
        .json(json(fullWith("conversation.title", "é".repeat(size / 2)))).expect(DECODED)
        .note("450 000 two-byte characters").add();
    add("long-title-escapes", "long-string", 201).header(JSON)
        .json(json(fullWith("conversation.title", "PLACEHOLDER")).replace("PLACEHOLDER", "\\u00e9".repeat(size / 6)))
        .expect(DECODED).note("150 000 \\u escapes").add();
    add("long-id", "long-string", 201).header(JSON).json(json(fullWith("conversation.id", "x".repeat(size))))
        .expect(DECODED).add();
    add("long-unknown-key", "long-string", 201).header(JSON)
        .json(json(fullWith("conversation." + "k".repeat(size), 1L))).expect(DECODED).add();
    add("long-number-unknown", "long-string", 201).header(JSON)
        .json(json(minimal()).replace("\"members\"", "\"n\":" + "9".repeat(100_000) + ",\"members\""))
        .expect(DECODED).note("a 100 000-digit integer in an unknown property").add();
    add("long-fraction-unknown", "long-string", 201).header(JSON)
        .json(json(minimal()).replace("\"members\"", "\"n\":0." + "1".repeat(size) + ",\"members\""))
        .expect(DECODED).add();
    add("long-message-400", "long-string", 400).header(JSON)
        .json(json(error("bad_request", "message", "m".repeat(200_000)))).expect("BadRequestException")
        .errorType("bad_request").note("a 200 000-character message, under the decoder's 256 KiB limit").add();
    add("long-message-400-over-limit", "long-string", 400).header(JSON)
        .json(json(error("bad_request", "message", "m".repeat(300_000)))).expect("BadRequestException")
        .errorType("bad_request").note("over the 256 KiB limit only the start is read: its type, and an excerpt").add();
    add("long-html-502", "long-string", 502).header(HTML)
        .body("html", ("<html><body>" + "<p>bad gateway</p>".repeat(50_000) + "</body></html>").getBytes(StandardCharsets.UTF_8))
        .expect("UnexpectedStatusException").noErrorType().add();
    add("long-request-id", "long-string", 500).header(JSON).header("x-request-id: " + "r".repeat(20_000))
        .json(json(error("internal_error", "reference_id", "ref-1"))).expect("InternalServerErrorException")
        .errorType("internal_error").add();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code full()} with {@code bytes} spliced in where PLACEHOLDER was. */
  private static byte[] splice(Map<String, Object> doc, byte[] bytes) {
    String text = json(doc);
    int at = text.indexOf("PLACEHOLDER");
    return concat(utf8(text.substring(0, at)), bytes, utf8(text.substring(at + "PLACEHOLDER".length())));
  }

  private void invalidUtf8() {
    Object[][] cases = {
        {"lone-continuation", new byte[] {'a', (byte) 0x80, 'b'}},
        {"bad-two-byte", new byte[] {(byte) 0xC3, 0x28}},
        {"overlong-slash", new byte[] {(byte) 0xC0, (byte) 0xAF}},
        {"surrogate-half", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}},
        {"beyond-unicode", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}},
        {"truncated-three-byte", new byte[] {(byte) 0xE2, (byte) 0x82}},
        {"ff-fe", new byte[] {(byte) 0xFF, (byte) 0xFE}},
    };
    for (Object[] c : cases) {
      add("utf8-title-" + c[0], "invalid-utf8", 201).header(JSON)
          .body("json", splice(fullWith("conversation.title", "PLACEHOLDER"), (byte[]) c[1])).expect(DECODED)
          .conversationId(CONVERSATION_ID).note("invalid UTF-8 in a string decodes with U+FFFD").add();
    }
    add("utf8-in-key", "invalid-utf8", 201).header(JSON)
        .body("json", splice(fullWith("conversation.PLACEHOLDER", 1L), new byte[] {(byte) 0xC0, (byte) 0x80}))
        .expect(DECODED).add();
    add("utf8-in-id", "invalid-utf8", 201).header(JSON)
        .body("json", splice(fullWith("conversation.id", "PLACEHOLDER"), new byte[] {(byte) 0xFF}))
        .expect(DECODED).conversationId("\uFFFD").add();
    add("utf8-between-tokens", "invalid-utf8", 201).header(JSON)
        .body("json", concat(utf8("{\"conversation\":"), new byte[] {(byte) 0xFF}, utf8(json(minimal().get("conversation")) + "}")))
        .expect(DECODING).note("a stray byte outside any string").add();
    add("utf8-latin1-declared", "invalid-utf8", 201).header("Content-Type: application/json; charset=iso-8859-1")
        .body("json", json(fullWith("conversation.title", "Café")).getBytes(StandardCharsets.ISO_8859_1))
        .expect(DECODED).note("JSON is UTF-8: the declared charset is ignored, é becomes U+FFFD").add();
    add("utf8-error-400", "invalid-utf8", 400).header(JSON)
        .body("json", splice(error("bad_request", "message", "PLACEHOLDER"), new byte[] {(byte) 0xC3, 0x28}))
        .expect("BadRequestException").errorType("bad_request").add();
    add("utf8-html-502", "invalid-utf8", 502).header(HTML)
        .body("html", concat(utf8("<html>"), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80}, utf8("</html>")))
        .expect("UnexpectedStatusException").add();
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private void byteOrderMarks() {
    byte[] full = utf8(json(full()));
    add("bom-utf8", "bom", 201).header(JSON).body("json", concat(BOM, full)).expect(DECODED)
        .conversationId(CONVERSATION_ID).note("a UTF-8 BOM is skipped, as RFC 8259 allows").add();
    add("bom-utf8-twice", "bom", 201).header(JSON).body("json", concat(BOM, BOM, full)).expect(DECODING).add();
    add("bom-after-whitespace", "bom", 201).header(JSON).body("json", concat(utf8(" "), BOM, full)).expect(DECODING).add();
    add("bom-utf16le", "bom", 201).header("Content-Type: application/json; charset=utf-16le")
        .body("json", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, json(minimal()).getBytes(StandardCharsets.UTF_16LE)))
        .expect(DECODING).note("JSON between systems must be UTF-8").add();
    add("bom-utf16be", "bom", 201).header(JSON)
        .body("json", json(minimal()).getBytes(StandardCharsets.UTF_16)).expect(DECODING).add();
    add("bom-utf8-400", "bom", 400).header(JSON)
        .body("json", concat(BOM, utf8(json(error("missing_required_field", "field_name", "type")))))
        .expect("BadRequestException").errorType("missing_required_field")
        .note("the error path should skip a BOM as the 201 path does").add();
    add("bom-utf8-429", "bom", 429).header(JSON)
        .body("json", concat(BOM, utf8(json(error("too_many_requests", "retry_after", 30L)))))
        .expect("RateLimitedException").errorType("too_many_requests").add();
  }

  private void duplicateKeys() {
    String second = don("conversation/2");
    String full = json(full());
    add("dup-id", "duplicate-keys", 201).header(JSON)
        .json(full.replaceFirst("\\{\"conversation\":\\{", "{\"conversation\":{\"id\":\"" + second + "\","))
        .expect(DECODED).conversationId(CONVERSATION_ID).note("the last of two ids wins").add();
    add("dup-conversation", "duplicate-keys", 201).header(JSON)
        .json("{\"conversation\":" + json(full().get("conversation")) + ",\"conversation\":{\"id\":\"" + second + "\",\"members\":[]}}")
        .expect(DECODED).conversationId(second).add();
    add("dup-conversation-then-null", "duplicate-keys", 201).header(JSON)
        .json("{\"conversation\":" + json(full().get("conversation")) + ",\"conversation\":null}")
        .expect(DECODING).note("the last value, null, wins: the required conversation is missing").add();
    add("dup-members", "duplicate-keys", 201).header(JSON)
        .json(full.replace("\"members\":[", "\"members\":\"x\",\"members\":[")).expect(DECODING)
        .note("the wrong-typed first value fails before the second is read").add();
    add("dup-union-label", "duplicate-keys", 201).header(JSON)
        .json(full.replace("\"members\":[{\"type\":\"dev_user\",", "\"members\":[{\"type\":\"dev_user\",\"type\":\"rev_user\","))
        .expect(DECODED).encodedContains("\"members\":[{\"type\":\"dev_user\"").add();
    StringBuilder many = new StringBuilder("{\"conversation\":{\"id\":\"" + CONVERSATION_ID + "\",\"members\":[]");
    for (int i = 0; i < 5000; i++) {
      many.append(",\"same\":").append(i);
    }
    add("dup-5000-unknown", "duplicate-keys", 201).header(JSON).json(many.append("}}").toString()).expect(DECODED)
        .encodedContains("\"same\":4999").add();
    add("dup-type-400", "duplicate-keys", 400).header(JSON)
        .json("{\"type\":\"missing_required_field\",\"field_name\":\"type\",\"type\":\"parse_error\",\"message\":\"m\"}")
        .expect("BadRequestException").add();
    add("dup-retry-after-429", "duplicate-keys", 429).header(JSON)
        .json("{\"type\":\"too_many_requests\",\"retry_after\":5,\"retry_after\":\"soon\"}")
        .expect("RateLimitedException").errorType("too_many_requests").add();
  }

  static final int[] STATUSES = {400, 401, 403, 404, 405, 408, 409, 410, 413, 415, 418, 422, 429, 431, 451,
      500, 501, 502, 503, 504, 520};

  private void errorPages() {
    for (int status : STATUSES) {
      String html = "<!DOCTYPE html>\n<html><head><title>" + status + " Error</title></head>\n<body><h1>" + status
          + "</h1><p>The proxy says no.</p><script>var x = {\"type\":\"not_json\"};</script></body></html>\n";
      add("html-" + status, "error-page", status).header(HTML).body("html", utf8(html)).expect(exceptionFor(status))
          .noErrorType().note("an HTML error page").add();
      add("text-" + status, "error-page", status).header(TEXT)
          .body("txt", utf8(status + " Something went wrong\r\nPlease try again later.\n")).expect(exceptionFor(status))
          .noErrorType().note("a plain-text error page").add();
    }
    add("html-201", "error-page", 201).header(HTML).body("html", utf8("<html><body>Created!</body></html>"))
        .expect(DECODING).note("a success status with an HTML body").add();
    add("text-200", "error-page", 200).header(TEXT).body("txt", utf8("OK")).expect(DECODING).add();
    add("html-json-content-type-201", "error-page", 201).header(JSON).body("html", utf8("<html></html>"))
        .expect(DECODING).add();
    add("json-text-content-type-201", "error-page", 201).header(TEXT).json(json(full())).expect(DECODED)
        .note("a JSON body labelled text/plain still decodes: the content type is not trusted either way").add();
    add("html-304", "error-page", 304).expect("UnexpectedStatusException").note("a 304 has no body").add();
  }

  private void emptyBodies() {
    int[] statuses = {201, 200, 400, 401, 403, 404, 429, 500, 502, 503};
    for (int status : statuses) {
      String outcome = status < 300 ? DECODING : exceptionFor(status);
      for (String transfer : List.of("length", "chunked", "close")) {
        CaseBuilder builder = add("empty-" + status + "-" + transfer, "empty", status).header(JSON)
            .body("json", new byte[0]).transfer(transfer).expect(outcome)
            .note("an empty body, " + (transfer.equals("length") ? "Content-Length: 0" : transfer.equals("chunked")
                ? "chunked with no data" : "no length, ended by closing the connection"));
        if (status >= 300) {
          builder.noErrorType();
        }
        builder.add();
      }
    }
    add("empty-204", "empty", 204).expect(DECODING).note("204 No Content: there is no conversation to return").add();
    add("empty-205", "empty", 205).expect(DECODING).add();
    add("whitespace-201", "empty", 201).header(JSON).json(" \r\n\t ").expect(DECODING).add();
    add("whitespace-400", "empty", 400).header(JSON).json("\n").expect("BadRequestException").noErrorType().add();
  }

  static byte[] gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
        gzip.write(bytes);
      }
      byte[] result = out.toByteArray();
      result[4] = result[5] = result[6] = result[7] = 0; // no timestamp: the same bytes every run
      result[9] = (byte) 255;
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void lyingGzip() {
    byte[] full = utf8(json(full()));
    byte[] compressed = gzip(full);
    add("gzip-valid", "gzip", 201).header(JSON).header(GZIP).body("gz", compressed).expect(DECODED)
        .conversationId(CONVERSATION_ID).note("control: honest gzip").add();
    add("gzip-valid-uppercase", "gzip", 201).header(JSON).header("Content-Encoding: GZIP").body("gz", compressed)
        .expect(DECODED).add();
    add("gzip-plain-body", "gzip", 201).header(JSON).header(GZIP).body("json", full).expect(DECODING)
        .mayHaveReachedServer(true).note("says gzip, sends plain JSON: the 201 arrived, its body cannot be read").add();
    add("gzip-plain-short-body", "gzip", 201).header(JSON).header(GZIP).body("json", utf8("{}")).expect(DECODING)
        .mayHaveReachedServer(true).note("says gzip, sends two bytes").add();
    add("gzip-truncated", "gzip", 201).header(JSON).header(GZIP)
        .body("gz", Arrays.copyOf(compressed, compressed.length / 2)).expect(DECODING).mayHaveReachedServer(true).add();
    add("gzip-header-only", "gzip", 201).header(JSON).header(GZIP).body("gz", Arrays.copyOf(compressed, 10))
        .expect(DECODING).mayHaveReachedServer(true).add();
    byte[] badCrc = compressed.clone();
    badCrc[badCrc.length - 6] ^= 0x55;
    add("gzip-bad-crc", "gzip", 201).header(JSON).header(GZIP).body("gz", badCrc).expect(DECODING).mayHaveReachedServer(true).add();
    add("gzip-of-html", "gzip", 201).header(JSON).header(GZIP).body("gz", gzip(utf8("<html>oops</html>")))
        .expect(DECODING).add();
    add("gzip-twice-declared-once", "gzip", 201).header(JSON).header(GZIP).body("gz", gzip(compressed))
        .expect(DECODING).note("gzip inside gzip: one layer is undone, the JSON reader sees the other").add();
    add("gzip-declared-twice", "gzip", 201).header(JSON).header("Content-Encoding: gzip, gzip").body("gz", gzip(compressed))
        .expect(DECODING).note("an encoding OkHttp does not undo reaches the JSON reader as bytes").add();
    add("gzip-declared-br-plain", "gzip", 201).header(JSON).header("Content-Encoding: br").body("json", full)
        .expect(DECODED).note("an encoding the client never asked for, over plain JSON").add();
    add("gzip-declared-deflate", "gzip", 201).header(JSON).header("Content-Encoding: deflate").body("gz", compressed)
        .expect(DECODING).add();
    add("gzip-trailing-garbage", "gzip", 201).header(JSON).header(GZIP)
        .body("gz", concat(compressed, utf8("garbage after the gzip member"))).expect(DECODING).mayHaveReachedServer(true)
        .note("bytes after the gzip member: the 201 arrived, its body is corrupt").add();
    for (int status : new int[] {400, 429, 500, 503}) {
      add("gzip-plain-body-" + status, "gzip", status).header(JSON).header(GZIP)
          .body("json", utf8(json(error("bad_request")))).expect(exceptionFor(status)).noErrorType()
          .note("an error body that lies about gzip still gives the status's exception").add();
    }
    add("gzip-valid-400", "gzip", 400).header(JSON).header(GZIP)
        .body("gz", gzip(utf8(json(error("missing_required_field", "field_name", "type")))))
        .expect("BadRequestException").errorType("missing_required_field").add();
    add("gzip-truncated-503", "gzip", 503).header(JSON).header(GZIP)
        .body("gz", Arrays.copyOf(gzip(utf8(json(error("service_unavailable")))), 20))
        .expect("ServiceUnavailableException").noErrorType().add();
  }

  private void unknownValues() {
    Object[][] replace = {
        // path, value, the raw text the re-encoded response must still contain
        {"conversation.members.0.type", "bot_user", "\"bot_user\""},
        {"conversation.created_by.type", "ai_agent", "\"ai_agent\""},
        {"conversation.modified_by.type", "partner_user", "\"partner_user\""},
        {"conversation.owned_by.0.type", "team", "\"team\""},
        {"conversation.created_by.state", "hibernating", "\"hibernating\""},
        {"conversation.modified_by.rev_org.type", "partner_org", "\"partner_org\""},
        {"conversation.messages.0.type", "timeline_change_event", "\"timeline_change_event\""},
        {"conversation.messages.0.object_type", "vista", "\"vista\""},
        {"conversation.messages.0.visibility", "secret", "\"secret\""},
        {"conversation.messages.0.body_type", "markdown", "\"markdown\""},
        {"conversation.messages.0.created_by.type", "robot", "\"robot\""},
        {"conversation.messages.0.references.0.type", "incident", "\"incident\""},
        {"conversation.messages.0.references.0.priority", "p9", "\"p9\""},
        {"conversation.messages.0.references.0.sprint.type", "hybrid", "\"hybrid\""},
        {"conversation.messages.0.references.0.sprint.state", "archived", "\"archived\""},
        {"conversation.messages.0.references.1.link_type", "blocks", "\"blocks\""},
        {"conversation.messages.0.references.1.source.type", "opportunity", "\"opportunity\""},
        {"conversation.messages.0.references.1.source.severity", "catastrophic", "\"catastrophic\""},
        {"conversation.messages.0.references.1.source.rev_org.type", "partner_org", "\"partner_org\""},
        {"conversation.messages.0.references.1.target.type", "runnable", "\"runnable\""},
        {"conversation.messages.0.references.2.status", "retired", "\"retired\""},
        {"conversation.messages.0.references.2.sla_type", "partner", "\"partner\""},
        {"conversation.messages.0.references.3.article_type", "faq", "\"faq\""},
        {"conversation.messages.0.snap_widget_body.0.type", "chart", "\"chart\""},
        {"conversation.sla_summary.stage", "escalated", "\"escalated\""},
        {"conversation.sla_summary.org_schedule.status", "paused", "\"paused\""},
        {"conversation.sla_summary.sla_tracker.applies_to_type", "opportunity", "\"opportunity\""},
        {"conversation.sla_summary.sla_tracker.sla.status", "retired", "\"retired\""},
        {"conversation.sla_tracker.applies_to_type", "incident", "\"incident\""},
    };
    int n = 0;
    for (Object[] c : replace) {
      add(String.format("unknown-%02d", ++n), "unknown-value", 201).header(JSON).json(json(fullWith((String) c[0], c[1])))
          .expect(DECODED).conversationId(CONVERSATION_ID).encodedContains((String) c[2])
          .note(c[0] + " = " + c[1] + ": decoded and kept").add();
    }
    Map<String, Object> late = fullWith("conversation.members.0",
        obj("id", don("devu/9"), "display_name", "late", "mood", obj("x", 1L), "type", "bot_user"));
    add("unknown-member-label-last", "unknown-value", 201).header(JSON).json(json(late)).expect(DECODED)
        .encodedContains("\"mood\"").note("an unknown member whose label comes last").add();
    add("unknown-member-no-label", "unknown-value", 201).header(JSON)
        .json(json(fullWith("conversation.members.0", obj("id", don("devu/9"))))).expect(DECODING)
        .note("a member without its required label").add();
    Object[][] errors = {
        {400, error("quota_exceeded", "quota", 10L)},
        {400, error("customization_validation_error", "subtype", "new_subtype", "field_name", "f")},
        {400, error("customization_validation_error", "subtype", 42L)},
        {400, error("merge_works_error", "errors", arr(obj("type", "new_merge_problem", "id", "x")))},
        {400, error("unexpected_json_type", "field_name", "f", "actual", "bigint", "expected", "decimal")},
        {400, error("invalid_enum_value", "field_name", "f", "allowed_values", arr("a"), "value", "b")},
        {400, error("missing_dependency", "dependent_field_name", "a", "dependent_field_value", "b",
            "provided_field_name", "c", "provided_field_value", "d", "dependencies", arr(obj("field_name", "x", "field_value", "y")))},
        {400, error("workflow_component_validation_errors", "errors",
            arr(obj("location_type", "new_location", "message", "m")))},
        {401, error("token_revoked")},
        {403, error("org_suspended")},
        {429, error("slow_down", "retry_after", 3L)},
        {500, error("db_error", "reference_id", "r-1")},
        {503, error("maintenance")},
    };
    n = 0;
    for (Object[] c : errors) {
      int status = (Integer) c[0];
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) c[1];
      add(String.format("unknown-error-%02d", ++n), "unknown-value", status).header(JSON).json(json(body))
          .expect(exceptionFor(status)).errorType((String) body.get("type"))
          .note("an error kind or nested value this client does not know").add();
    }
  }

  private void errorBodies() {
    Object[][] known = {
        {400, error("missing_required_field", "field_name", "type")},
        {400, error("artifact_already_attached_to_a_parent", "existing_parent", don("issue/7"), "is_same", false)},
        {400, error("bad_request")},
        {401, error("unauthenticated")},
        {403, error("forbidden")},
        {429, error("too_many_requests", "retry_after", 30L)},
        {500, error("internal_error", "reference_id", "ref-9f2c1e")},
        {503, error("service_unavailable")},
    };
    int n = 0;
    for (Object[] c : known) {
      int status = (Integer) c[0];
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) c[1];
      add(String.format("error-known-%02d", ++n), "error-body", status).header(JSON).header("x-request-id: req-" + n)
          .json(json(body)).expect(exceptionFor(status)).errorType((String) body.get("type")).note("control").add();
    }
    Object[][] odd = {
        {400, "[]", "an array"},
        {400, "\"bad request\"", "a JSON string"},
        {401, "401", "a JSON number"},
        {403, "true", "a JSON boolean"},
        {500, "{}", "an empty object"},
        {503, "{\"type\":7}", "a numeric type"},
        {400, "{\"type\":{\"nested\":true}}", "an object as type"},
        {400, "{\"type\":\"missing_required_field\"}", "a known type without its required fields"},
        {400, "{\"type\":\"artifact_already_attached_to_a_parent\",\"existing_parent\":\"x\",\"is_same\":\"no\"}",
            "a known type with a wrongly typed field"},
        {429, "{\"type\":\"too_many_requests\",\"retry_after\":\"soon\"}", "retry_after as a word"},
        {429, "{\"type\":\"too_many_requests\",\"retry_after\":-5}", "a negative retry_after"},
        {429, "{\"type\":\"too_many_requests\",\"retry_after\":1.5}", "a fractional retry_after"},
        {429, "{\"type\":\"too_many_requests\",\"retry_after\":1e30}", "retry_after beyond a long"},
        {429, "{\"type\":\"too_many_requests\",\"retry_after\":9223372036854775807}", "retry_after of Long.MAX_VALUE"},
        {429, "{\"retry_after\":9223372036854775807,\"type\":\"too_many_requests\"}",
            "retry_after of Long.MAX_VALUE, label last"},
        {429, "{\"retry_after\":1.5,\"type\":\"too_many_requests\"}", "a fractional retry_after, label last"},
        {429, "{\"retry_after\":\"1e30\",\"type\":\"too_many_requests\"}", "retry_after \"1e30\", label last"},
        {429, "{\"retry_after\":\"NaN\",\"type\":\"too_many_requests\"}", "retry_after \"NaN\", label last"},
        {500, "{\"message\":\"m\",\"type\":\"internal_error\",\"reference_id\":{\"a\":1}}", "a wrongly typed reference_id, label late"},
        {400, "{\"type\":\"missing_required_field\",\"message\":[\"a\"],\"detail\":{}}", "message and detail of the wrong types"},
    };
    n = 0;
    for (Object[] c : odd) {
      int status = (Integer) c[0];
      add(String.format("error-odd-%02d", ++n), "error-body", status).header(JSON).json((String) c[1])
          .expect(exceptionFor(status)).note((String) c[2]).add();
    }
    String[][] retryAfter = {
        {"soon", "a word"}, {"-1", "negative"}, {"1e308", "enormous"}, {"NaN", "not a number"},
        {"Infinity", "infinite"}, {"Wed, 21 Oct 2015 07:28:00 GMT", "a date in the past"},
        {"Fri, 31 Dec 9999 23:59:59 GMT", "a date far in the future"}, {"Mon, 99 Foo 2015 99:99:99 GMT", "a broken date"},
        {"", "empty"}, {"0", "zero"}, {"99999999999999999999", "beyond a long"},
    };
    n = 0;
    for (String[] c : retryAfter) {
      add(String.format("retry-after-%02d", ++n), "retry-after", 429).header(JSON).header("Retry-After: " + c[0])
          .json(json(error("too_many_requests"))).expect("RateLimitedException").errorType("too_many_requests")
          .note("Retry-After: " + c[1]).add();
    }
    add("retry-after-503-zero", "retry-after", 503).header(JSON).header("Retry-After: 0")
        .json(json(error("service_unavailable"))).expect("ServiceUnavailableException").errorType("service_unavailable")
        .note("with retries off, a 503 asking for an immediate retry is still sent once").add();
  }

  private void oddities() {
    String full = json(full());
    add("trailing-garbage", "oddity", 201).header(JSON).json(full + "garbage").expect(DECODING).add();
    add("two-documents", "oddity", 201).header(JSON).json(full + full).expect(DECODING).add();
    add("trailing-whitespace", "oddity", 201).header(JSON).json(full + "\n\n  \t").expect(DECODED).add();
    add("leading-whitespace", "oddity", 201).header(JSON).json("\n\n  \t" + full).expect(DECODED).add();
    add("array-root", "oddity", 201).header(JSON).json("[" + full + "]").expect(DECODING).add();
    add("string-root", "oddity", 201).header(JSON).json("\"conversation\"").expect(DECODING).add();
    add("number-root", "oddity", 201).header(JSON).json("201").expect(DECODING).add();
    add("comments", "oddity", 201).header(JSON).json("/* hi */" + full).expect(DECODING).add();
    add("single-quotes", "oddity", 201).header(JSON).json(full.replace('"', '\'')).expect(DECODING).add();
    add("unquoted-keys", "oddity", 201).header(JSON).json(full.replace("\"conversation\":", "conversation:"))
        .expect(DECODING).add();
    add("trailing-comma", "oddity", 201).header(JSON).json(full.substring(0, full.length() - 2) + ",}}")
        .expect(DECODING).add();
    add("nan-literal", "oddity", 201).header(JSON)
        .json(json(minimal()).replace("\"members\"", "\"n\":NaN,\"members\"")).expect(DECODING).add();
    add("leading-zero", "oddity", 201).header(JSON)
        .json(json(minimal()).replace("\"members\"", "\"n\":0123,\"members\"")).expect(DECODING).add();
    add("huge-exponent-unknown", "oddity", 201).header(JSON)
        .json(json(minimal()).replace("\"members\"", "\"n\":1e999999999,\"members\"")).expect(DECODED).add();
    add("control-char-in-string", "oddity", 201).header(JSON)
        .json(json(fullWith("conversation.title", "a\u0001b")).replace("\\u0001", "\u0001")).expect(DECODED)
        .note("a raw control character inside a string: Moshi accepts it, which is harmless").add();
    add("escaped-nul", "oddity", 201).header(JSON).json(json(fullWith("conversation.title", "a\u0000b"))).expect(DECODED).add();
    add("lone-surrogate-escape", "oddity", 201).header(JSON)
        .json(json(fullWith("conversation.title", "PLACEHOLDER")).replace("PLACEHOLDER", "\\ud800")).expect(DECODED).add();
    add("bad-escape", "oddity", 201).header(JSON)
        .json(json(fullWith("conversation.title", "PLACEHOLDER")).replace("PLACEHOLDER", "\\x41")).expect(DECODING).add();
    add("short-unicode-escape", "oddity", 201).header(JSON)
        .json(json(fullWith("conversation.title", "PLACEHOLDER")).replace("PLACEHOLDER\"", "\\u12\"")).expect(DECODING).add();
    add("many-members", "oddity", 201).header(JSON)
        .json("{\"conversation\":{\"id\":\"" + CONVERSATION_ID + "\",\"members\":["
            + String.join(",", java.util.Collections.nCopies(20_000, "{\"type\":\"dev_user\",\"id\":\"d\"}")) + "]}}")
        .expect(DECODED).note("20 000 members").add();
    add("informational-then-201", "oddity", 201).header(JSON).informational().json(json(full()))
        .expect(DECODED).note("a 100 Continue before the real answer").add();
    add("status-407-without-proxy", "oddity", 407).header(TEXT).body("txt", utf8("Proxy authentication required"))
        .expect("UnexpectedStatusException").note("a 407 from a server that is not a proxy").add();
    add("redirect-without-location", "oddity", 307).header(TEXT).body("txt", utf8("Moved"))
        .expect("UnexpectedStatusException").add();
    add("status-299", "oddity", 299).header(JSON).json(json(full())).expect(DECODED).add();
    add("status-599", "oddity", 599).header(JSON).json(json(error("internal_error"))).expect("UnexpectedStatusException")
        .errorType("internal_error").add();
  }

  private void huge() {
    add("huge-title-50mb", "huge", 201).header(JSON).generate("title-50mb").expect(DECODING)
        .note("a 50 MB body (a 50 000 000-character title) is past the default 32 MiB limit").add();
    add("huge-unknown-string-50mb", "huge", 201).header(JSON).generate("unknown-string-50mb").expect(DECODING)
        .note("a 50 MB string in an unknown property: past the limit").add();
    add("huge-whitespace-50mb", "huge", 201).header(JSON).generate("whitespace-50mb").expect(DECODING)
        .note("50 MB of whitespace before the document: past the limit").add();
    add("huge-unterminated-50mb", "huge", 201).header(JSON).generate("unterminated-50mb").expect(DECODING)
        .note("a 50 MB string that never ends").add();
    add("huge-html-500-50mb", "huge", 500).header(HTML).generate("html-50mb").expect("InternalServerErrorException")
        .noErrorType().note("a 50 MB error page: only the first 256 KiB are read").add();
    add("huge-json-400-50mb", "huge", 400).header(JSON).generate("error-json-50mb").expect("BadRequestException")
        .errorType("bad_request").note("a 50 MB error body: its first 256 KiB are read, the type among them").add();
    add("huge-gzip-bomb", "huge", 201).header(JSON).header(GZIP).generate("gzip-bomb-200mb").expect(DECODING)
        .note("a small gzip that inflates to 200 MB of whitespace before the document: stopped at the 32 MiB limit").add();
    add("huge-gzip-bomb-400", "huge", 400).header(JSON).header(GZIP).generate("gzip-bomb-400-200mb")
        .expect("BadRequestException").noErrorType().note("an error body that inflates to 200 MB").add();
  }
}
