package ai.devrev.sdk.cli;

import static ai.devrev.sdk.cli.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.simulator.DevRevSimulatorExtension;
import ai.devrev.sdk.simulator.SpecValidators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FlagsMapOntoTheRequestTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

  private static final String[] EVERY_FIELD = {
      "--type", "support",
      "--title", "Printer on fire",
      "--description", "Smoke since 9:00",
      "--member", "don:identity:dvrv-us-1:devo/0:devu/7",
      "--member", "don:identity:dvrv-us-1:devo/0:revu/8",
      "--owner", "don:identity:dvrv-us-1:devo/0:devu/9",
      "--message", "It smokes", "--artifact", "don:core:dvrv-us-1:devo/0:artifact/3",
      "--artifact", "don:core:dvrv-us-1:devo/0:artifact/4",
      "--message", "Now it burns",
      "--tag", "don:core:dvrv-us-1:devo/0:tag/1=urgent",
      "--tag", "don:core:dvrv-us-1:devo/0:tag/2",
      "--custom-field", "tnt__count=3",
      "--custom-field", "tnt__priority=\"high\"",
      "--custom-field", "tnt__ids=[1, 2]",
      "--custom-field", "tnt__big=12345678901234567890",
      "--is-spam",
      "--stage", "triage",
      "--brand", "don:core:dvrv-us-1:devo/0:brand/1",
      "--channel", "don:core:dvrv-us-1:devo/0:channel/1",
      "--group", "don:identity:dvrv-us-1:devo/0:group/1",
      "--source-channel", "email",
      "--source-channel-v2", "don:core:dvrv-us-1:devo/0:channel/2",
      "--metadata-url-context", "https://example.com/help",
      "--custom-schema-app", "app1",
      "--custom-schema-subtype", "incident",
      "--custom-schema-tenant-fragment",
      "--no-custom-schema-validate-required-fields"};

  @Test
  void everyFlagLandsInTheFieldItNames() {
    CliRunner.Result result = cli().token().create(withBaseUrl(EVERY_FIELD));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(SimulatorRequests.onlyBody(devrev.simulator())).isEqualTo(SimulatorRequests.json("{"
        + "\"type\":\"support\",\"brand\":\"don:core:dvrv-us-1:devo/0:brand/1\","
        + "\"channels\":[\"don:core:dvrv-us-1:devo/0:channel/1\"],"
        + "\"custom_fields\":{\"tnt__count\":3,\"tnt__priority\":\"high\",\"tnt__ids\":[1,2],\"tnt__big\":12345678901234567890},"
        + "\"custom_schema_spec\":{\"apps\":[\"app1\"],\"subtype\":\"incident\",\"tenant_fragment\":true,"
        + "\"validate_required_fields\":false},"
        + "\"description\":\"Smoke since 9:00\",\"group\":\"don:identity:dvrv-us-1:devo/0:group/1\",\"is_spam\":true,"
        + "\"members\":[\"don:identity:dvrv-us-1:devo/0:devu/7\",\"don:identity:dvrv-us-1:devo/0:revu/8\"],"
        + "\"messages\":[{\"artifacts\":[\"don:core:dvrv-us-1:devo/0:artifact/3\",\"don:core:dvrv-us-1:devo/0:artifact/4\"],"
        + "\"body\":\"It smokes\"},{\"body\":\"Now it burns\"}],"
        + "\"metadata\":{\"url_context\":\"https://example.com/help\"},"
        + "\"owned_by\":[\"don:identity:dvrv-us-1:devo/0:devu/9\"],"
        + "\"source_channel\":\"email\",\"source_channel_v2\":\"don:core:dvrv-us-1:devo/0:channel/2\","
        + "\"stage\":{\"name\":\"triage\"},"
        + "\"tags\":[{\"id\":\"don:core:dvrv-us-1:devo/0:tag/1\",\"value\":\"urgent\"},{\"id\":\"don:core:dvrv-us-1:devo/0:tag/2\"}],"
        + "\"title\":\"Printer on fire\"}"));
  }

  @Test
  void everyFieldOfTheSpecsRequestIsReachableFromFlags() throws IOException {
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(SpecValidators.ourSpec());

    cli().token().create(withBaseUrl(EVERY_FIELD));

    assertCovers(spec, spec.at("/components/schemas/conversations-create-request"),
        SimulatorRequests.onlyBody(devrev.simulator()), "$");
  }

  @Test
  void largeCustomFieldIntegersStayExact() {
    cli().token().create(withBaseUrl("--custom-field", "tnt__big=12345678901234567890"));

    assertThat(devrev.simulator().lastExchange().body()).contains("\"tnt__big\":12345678901234567890");
  }

  @Test
  void negatedFlagsSendFalse() {
    cli().token().create(withBaseUrl("--no-is-spam", "--no-custom-schema-tenant-fragment"));

    Map<String, Object> body = SimulatorRequests.onlyBody(devrev.simulator());
    assertThat(body).containsEntry("is_spam", false).containsEntry("custom_schema_spec", Map.of("tenant_fragment", false));
  }

  @Test
  void leftOutFlagsLeaveTheirFieldsOut() {
    cli().token().create(withBaseUrl("--title", "Hello"));

    assertThat(SimulatorRequests.onlyBody(devrev.simulator())).containsOnlyKeys("type", "title");
  }

  @Test
  void jsonFileIsSentAsGiven(@TempDir Path dir) throws IOException {
    String json = "{\"type\":\"support\",\"title\":\"From a file\",\"tags\":[{\"id\":\"don:core:dvrv-us-1:devo/0:tag/1\"}]}";
    Path file = Files.writeString(dir.resolve("request.json"), json);

    CliRunner.Result result = cli().token().create(withBaseUrl("--json", file.toString()));

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(SimulatorRequests.onlyBody(devrev.simulator())).isEqualTo(SimulatorRequests.json(json));
  }

  @Test
  void jsonFromStdinIsSentAsGiven() {
    String json = "{\"type\":\"support\",\"title\":\"From stdin\",\"is_spam\":false}";

    CliRunner.Result result = cli().token().stdin(json).create(withBaseUrl("--json", "-"));

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(SimulatorRequests.onlyBody(devrev.simulator())).isEqualTo(SimulatorRequests.json(json));
  }

  @Test
  void jsonWithoutTypeIsSentAsASupportConversationLikeTheFlags() {
    // The generated request type defaults type to its only value, for decoded requests as for built ones.
    cli().token().stdin("{\"title\":\"No type\"}").create(withBaseUrl("--json", "-"));

    assertThat(SimulatorRequests.onlyBody(devrev.simulator())).containsEntry("type", "support");
  }

  @Test
  void flagsBesideJsonOverrideItsFieldsAndMergeItsObjects() {
    String json = "{\"type\":\"support\",\"title\":\"Old\",\"members\":[\"don:identity:dvrv-us-1:devo/0:devu/1\"],"
        + "\"custom_fields\":{\"tnt__a\":1,\"tnt__b\":2},\"custom_schema_spec\":{\"subtype\":\"incident\"}}";

    cli().token().stdin(json).create(withBaseUrl("--json", "-", "--title", "New",
        "--member", "don:identity:dvrv-us-1:devo/0:devu/2", "--custom-field", "tnt__b=3", "--custom-schema-app", "app1"));

    assertThat(SimulatorRequests.onlyBody(devrev.simulator())).isEqualTo(SimulatorRequests.json(
        "{\"type\":\"support\",\"title\":\"New\",\"members\":[\"don:identity:dvrv-us-1:devo/0:devu/2\"],"
            + "\"custom_fields\":{\"tnt__a\":1,\"tnt__b\":3},\"custom_schema_spec\":{\"apps\":[\"app1\"],\"subtype\":\"incident\"}}"));
  }

  @Test
  void rawFieldIsSentAsATopLevelPropertyForFieldsThisClientDoesNotModel() {
    CliRunner.Result result = cli().token().create(withBaseUrl("--raw-field", "future_field={\"x\":1}"));

    assertThat(SimulatorRequests.onlyBody(devrev.simulator())).containsEntry("future_field", Map.of("x", 1L));
    // DevRev's published request schema allows properties it does not name, and the simulator follows it.
    assertThat(result.exitCode()).isEqualTo(ExitCodes.CREATED);
  }

  @Test
  void aNullTheUserWritesIsSentAsNull() {
    CliRunner.Result result = cli().token().create(withBaseUrl("--custom-field", "tnt__a=null",
        "--custom-field", "tnt__n={\"b\":null}", "--raw-field", "x=null"));

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CREATED);
    Map<String, Object> body = SimulatorRequests.onlyBody(devrev.simulator());
    Map<String, Object> nested = new java.util.HashMap<>();
    nested.put("b", null);
    Map<String, Object> custom = new java.util.HashMap<>();
    custom.put("tnt__a", null);
    custom.put("tnt__n", nested);
    assertThat(body).containsEntry("custom_fields", custom).containsKey("x");
    assertThat(body.get("x")).isNull();
  }

  private static String[] withBaseUrl(String... args) {
    List<String> all = new ArrayList<>(List.of("--base-url", devrev.baseUrl(), "--retries", "0"));
    all.addAll(List.of(args));
    return all.toArray(new String[0]);
  }

  /** Every property the schema declares was sent, recursively through objects and the first item of arrays. */
  private static void assertCovers(JsonNode spec, JsonNode schema, Object sent, String path) {
    JsonNode resolved = schema.has("$ref") ? spec.at(schema.get("$ref").asText().substring(1)) : schema;
    if (resolved.has("properties")) {
      assertThat(sent).as(path).isInstanceOf(Map.class);
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) sent;
      List<String> declared = new ArrayList<>();
      resolved.get("properties").fieldNames().forEachRemaining(declared::add);
      assertThat(object.keySet()).as("properties sent at %s", path).containsExactlyInAnyOrderElementsOf(declared);
      for (String name : declared) {
        assertCovers(spec, resolved.get("properties").get(name), object.get(name), path + "." + name);
      }
    } else if (resolved.has("items")) {
      assertThat(sent).as(path).isInstanceOf(List.class);
      assertCovers(spec, resolved.get("items"), ((List<?>) sent).get(0), path + "[0]");
    }
  }
}
