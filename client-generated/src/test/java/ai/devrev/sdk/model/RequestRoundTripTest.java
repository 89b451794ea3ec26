package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random requests (every optional field present and absent, free-form values nested with nulls,
 * unicode text), built through the public builders and decoded from JSON, encode to JSON equal to
 * what was put in.
 */
class RequestRoundTripTest {

  @Property(tries = 300)
  void aDecodedRequestEncodesToTheJsonItWasReadFrom(@ForAll("requests") Map<String, Object> json) throws Exception {
    String text = Json.encodeTree(json);
    ConversationsCreateRequest request = Json.decode(ConversationsCreateRequest.class, text);
    assertThat(request.problems()).isEmpty();
    assertThat(Json.tree(Json.encode(ConversationsCreateRequest.class, request))).isEqualTo(json);
  }

  @Property(tries = 300)
  void aBuiltRequestEncodesToTheJsonOfWhatWasPutIn(@ForAll("requests") Map<String, Object> json) throws Exception {
    assertThat(Json.tree(Json.encode(ConversationsCreateRequest.class, build(json)))).isEqualTo(json);
    assertThat(Json.tree(Json.encodeWithNulls(ConversationsCreateRequest.class, build(json)))).isEqualTo(json);
  }

  @SuppressWarnings("unchecked")
  private static ConversationsCreateRequest build(Map<String, Object> json) {
    ConversationsCreateRequest.Builder b = ConversationsCreateRequest.builder();
    for (Map.Entry<String, Object> e : json.entrySet()) {
      Object v = e.getValue();
      switch (e.getKey()) {
        case "type": b.type(ConversationsCreateRequest.Type.of((String) v)); break;
        case "brand": b.brand((String) v); break;
        case "channels": b.channels((List<String>) v); break;
        case "custom_fields": b.customFields((Map<String, Object>) v); break;
        case "custom_schema_spec": {
          Map<String, Object> s = (Map<String, Object>) v;
          b.customSchemaSpec(CustomSchemaSpec.builder().apps((List<String>) s.get("apps")).subtype((String) s.get("subtype"))
              .tenantFragment((Boolean) s.get("tenant_fragment")).validateRequiredFields((Boolean) s.get("validate_required_fields")).build());
          break;
        }
        case "description": b.description((String) v); break;
        case "group": b.group((String) v); break;
        case "is_spam": b.isSpam((Boolean) v); break;
        case "members": b.members((List<String>) v); break;
        case "messages": {
          List<ConversationsCreateRequest.Message> messages = new ArrayList<>();
          for (Map<String, Object> m : (List<Map<String, Object>>) v) {
            messages.add(ConversationsCreateRequest.Message.builder().artifacts((List<String>) m.get("artifacts"))
                .body((String) m.get("body")).build());
          }
          b.messages(messages);
          break;
        }
        case "metadata":
          b.metadata(ConversationsCreateRequest.Metadata.builder().urlContext((String) ((Map<String, Object>) v).get("url_context")).build());
          break;
        case "owned_by": b.ownedBy((List<String>) v); break;
        case "source_channel": b.sourceChannel((String) v); break;
        case "source_channel_v2": b.sourceChannelV2((String) v); break;
        case "stage": b.stage(StageInit.builder().name((String) ((Map<String, Object>) v).get("name")).build()); break;
        case "tags": {
          List<SetTagWithValue> tags = new ArrayList<>();
          for (Map<String, Object> t : (List<Map<String, Object>>) v) {
            tags.add(SetTagWithValue.builder().id((String) t.get("id")).value((String) t.get("value")).build());
          }
          b.tags(tags);
          break;
        }
        case "title": b.title((String) v); break;
        default: b.putAdditionalProperty(e.getKey(), v);
      }
    }
    return b.build();
  }

  @Provide
  Arbitrary<Map<String, Object>> requests() {
    Arbitrary<String> text = text();
    Arbitrary<List<String>> ids = text.list().ofMaxSize(3);
    Arbitrary<Map<String, Object>> spec = Combinators.combine(ids.injectNull(0.3), text.injectNull(0.3),
        Arbitraries.of(true, false).injectNull(0.3), Arbitraries.of(true, false).injectNull(0.3))
        .as((apps, subtype, tenant, validate) -> object("apps", apps, "subtype", subtype, "tenant_fragment", tenant,
            "validate_required_fields", validate));
    Arbitrary<Map<String, Object>> message = Combinators.combine(ids.injectNull(0.3), text.injectNull(0.3))
        .as((artifacts, body) -> object("artifacts", artifacts, "body", body));
    Arbitrary<Map<String, Object>> tag = Combinators.combine(text, text.injectNull(0.5)).as((id, value) -> object("id", id, "value", value));
    Arbitrary<Map<String, Object>> first = Combinators.combine(text.injectNull(0.5), ids.injectNull(0.5),
        freeObject(3).injectNull(0.4), spec.injectNull(0.5), text.injectNull(0.5), text.injectNull(0.5),
        Arbitraries.of(true, false).injectNull(0.5), ids.injectNull(0.5))
        .as((brand, channels, customFields, customSchemaSpec, description, group, isSpam, members) -> object(
            "type", "support", "brand", brand, "channels", channels, "custom_fields", customFields,
            "custom_schema_spec", customSchemaSpec, "description", description, "group", group, "is_spam", isSpam,
            "members", members));
    Arbitrary<Map<String, Object>> second = Combinators.combine(message.list().ofMaxSize(2).injectNull(0.5),
        text.injectNull(0.5).map(url -> url == null ? null : object("url_context", url)), ids.injectNull(0.5),
        text.injectNull(0.5), text.injectNull(0.5), text.injectNull(0.5).map(name -> name == null ? null : object("name", name)),
        tag.list().ofMaxSize(2).injectNull(0.5), text.injectNull(0.5))
        .as((messages, metadata, ownedBy, sourceChannel, sourceChannelV2, stage, tags, title) -> object(
            "messages", messages, "metadata", metadata, "owned_by", ownedBy, "source_channel", sourceChannel,
            "source_channel_v2", sourceChannelV2, "stage", stage, "tags", tags, "title", title));
    Arbitrary<Map<String, Object>> unknown = Arbitraries.maps(text.map(name -> "future_" + name), freeValue(2)).ofMaxSize(2);
    return Combinators.combine(first, second, unknown).as((a, b, c) -> {
      Map<String, Object> all = new LinkedHashMap<>(a);
      all.putAll(b);
      c.forEach(all::put); // free-form: nulls stay
      return all;
    });
  }

  /** A JSON object of the pairs whose value is not {@code null}: an absent optional field stays absent. */
  private static Map<String, Object> object(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        map.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return map;
  }

  /** Text of any code point but lone surrogates, which UTF-8 cannot carry. */
  private static Arbitrary<String> text() {
    return Arbitraries.integers().between(1, 0x10FFFF).filter(cp -> cp < 0xD800 || cp > 0xDFFF).list().ofMaxSize(8)
        .map(codePoints -> {
          StringBuilder s = new StringBuilder();
          codePoints.forEach(s::appendCodePoint);
          return s.toString();
        });
  }

  private static Arbitrary<Object> freeValue(int depth) {
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        text().map(s -> (Object) s),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.bigIntegers().between(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), BigInteger.TEN.pow(30)).map(b -> (Object) b),
        Arbitraries.doubles().between(-1e6, 1e6).filter(d -> d != Math.rint(d)).map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just(null));
    if (depth == 0) {
      return leaf;
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, leaf),
        net.jqwik.api.Tuple.of(1, freeObject(depth - 1).map(m -> (Object) m)),
        net.jqwik.api.Tuple.of(1, freeValue(depth - 1).list().ofMaxSize(3).map(l -> (Object) l)));
  }

  private static Arbitrary<Map<String, Object>> freeObject(int depth) {
    return Arbitraries.maps(text(), freeValue(Math.max(0, depth - 1))).ofMaxSize(3).map(LinkedHashMap::new);
  }
}
