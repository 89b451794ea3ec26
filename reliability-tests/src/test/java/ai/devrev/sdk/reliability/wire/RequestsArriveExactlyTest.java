package ai.devrev.sdk.reliability.wire;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.DevRevMoshi;
import ai.devrev.spec.walker.FlatSchema;
import ai.devrev.spec.walker.Located;
import ai.devrev.spec.walker.SpecDocument;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okio.Buffer;

/**
 * Requests made at random from the spec's own request schema (every optional property present and
 * absent, free-form values nested with nulls, unicode text) go through the client as a user's would,
 * decoded from their JSON into the generated request, and reach the server semantically equal to that
 * JSON: nothing dropped, nothing added, nulls kept. (How the public builders encode the same requests is
 * pinned in client-generated's {@code RequestRoundTripTest}.)
 */
class RequestsArriveExactlyTest {
  private static final SpecDocument SPEC = SpecDocument.load(
      RequestsArriveExactlyTest.class.getResource("/devrev/conversations-create.yaml").toString());
  private static final JsonAdapter<Object> TREE = DevRevMoshi.create().adapter(Object.class);
  private static final JsonAdapter<ConversationsCreateRequest> REQUEST = DevRevMoshi.create().adapter(ConversationsCreateRequest.class);
  private static MockWebServer server;
  private static DevRevClient client;

  @BeforeContainer
  static void start() throws IOException {
    server = new MockWebServer();
    server.start(0);
    client = DevRevClient.builder().baseUrl(server.url("/").toString()).token("wire-test-token-123").maxRetries(0).build();
  }

  @AfterContainer
  static void stop() {
    client.close();
    server.close();
  }

  @Property(tries = 250)
  void aRequestArrivesAsItWasWritten(@ForAll("requests") Map<String, Object> json) throws Exception {
    ConversationsCreateRequest request = REQUEST.fromJson(write(json));
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json")
        .body("{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/1\",\"members\":[]}}").build());
    client.conversations().create(request);
    RecordedRequest received = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(received).isNotNull();
    assertThat(TREE.fromJson(received.getBody().utf8())).isEqualTo(json);
  }

  @Provide
  Arbitrary<Map<String, Object>> requests() {
    @SuppressWarnings("unchecked")
    Arbitrary<Map<String, Object>> requests = (Arbitrary<Map<String, Object>>) (Arbitrary<?>) instance(
        FlatSchema.of(SPEC, "conversations-create-request"), 0);
    return requests;
  }

  /** A random JSON value that fits {@code schema}. */
  private static Arbitrary<Object> instance(FlatSchema schema, int depth) {
    if (!schema.enumValues().isEmpty()) {
      return Arbitraries.of(new ArrayList<Object>(schema.enumValues()));
    }
    String type = schema.type() == null ? (schema.properties().isEmpty() ? "free" : "object") : schema.type();
    switch (type) {
      case "string": return text().map(s -> s);
      case "boolean": return Arbitraries.of(true, false).map(b -> b);
      case "integer": return Arbitraries.longs().map(n -> n);
      case "array": {
        Located items = schema.items();
        return instance(FlatSchema.of(SPEC, items.schema(), items.pointer()), depth + 1).list().ofMaxSize(3).map(l -> l);
      }
      case "object":
        return schema.properties().isEmpty() ? freeObject(depth).map(m -> m) : object(schema, depth).map(m -> m);
      default:
        return freeValue(depth);
    }
  }

  private static Arbitrary<Map<String, Object>> object(FlatSchema schema, int depth) {
    List<Arbitrary<Map.Entry<String, Object>>> properties = new ArrayList<>();
    for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
      Located declared = schema.property(property.getKey());
      Arbitrary<Object> value = instance(FlatSchema.of(SPEC, declared.schema(), declared.pointer()), depth + 1);
      Arbitrary<Map.Entry<String, Object>> entry = value.map(v -> Map.entry(property.getKey(), v));
      properties.add(schema.required().contains(property.getKey()) ? entry : entry.injectNull(0.5));
    }
    return net.jqwik.api.Combinators.combine(properties).as(entries -> {
      Map<String, Object> object = new LinkedHashMap<>();
      entries.stream().filter(e -> e != null).forEach(e -> object.put(e.getKey(), e.getValue()));
      return object;
    });
  }

  /** Free-form JSON: what custom fields hold, nulls among it. */
  private static Arbitrary<Object> freeValue(int depth) {
    List<Arbitrary<Object>> choices = new ArrayList<>(List.of(
        Arbitraries.just(null), text().map(s -> s), Arbitraries.longs().map(n -> n), Arbitraries.of(true, false).map(b -> b)));
    if (depth < 3) {
      choices.add(freeObject(depth + 1).map(m -> m));
      choices.add(Arbitraries.lazy(() -> freeValue(depth + 1)).list().ofMaxSize(3).map(l -> l));
    }
    return Arbitraries.oneOf(choices);
  }

  private static Arbitrary<Map<String, Object>> freeObject(int depth) {
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(k -> "tnt__" + k),
        Arbitraries.lazy(() -> freeValue(depth + 1))).ofMaxSize(3).map(LinkedHashMap::new);
  }

  /** Unicode text, astral planes and controls included, but no lone surrogate (JSON cannot carry one to DevRev). */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\uffff')
        .ofMaxLength(12).flatMap(plain -> Arbitraries.of("", "😀", "𝄞").map(astral -> plain + astral));
  }

  private static String write(Object json) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      TREE.toJson(writer, json);
    }
    return buffer.readUtf8();
  }
}
