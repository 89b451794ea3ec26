package ai.devrev.spec.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.devrev.spec.gates.Difference.Change;
import ai.devrev.spec.gates.Difference.Kind;
import ai.devrev.spec.walker.SpecDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift command's write mode on our real spec and a newer DevRev document made by editing DevRev's
 * published one: after writing, the drift gate reports nothing, and only what changed was touched.
 */
class DriftWriteTest {
  private static final String OPERATION_METHOD = "POST";
  private static final String OPERATION_PATH = "/conversations.create";

  @TempDir Path work;
  private String reference;
  private String ourText;
  private Path ours;

  @BeforeEach
  void copies() throws Exception {
    Path upstream = Path.of(System.getProperty("devrev.reference.spec", "../shared/reference/devrev-openapi-public.yaml"));
    assumeTrue(Files.exists(upstream), "DevRev's published document is absent at " + upstream + ": write mode NOT checked");
    reference = Files.readString(upstream, StandardCharsets.UTF_8);
    ourText = Files.readString(Path.of(System.getProperty("devrev.spec.ours")), StandardCharsets.UTF_8);
    ours = Files.writeString(work.resolve("conversations-create.yaml"), ourText, StandardCharsets.UTF_8);
  }

  /** DevRev's document with one change of every kind the command writes. */
  private String newerDevRev() {
    String newer = reference;
    newer = edit(newer, // a response property
        "            description:\n              type: string\n              description: Description of the conversation object.\n",
        "            custom_mood:\n              type: string\n              description: How the conversation feels.\n"
            + "              format: text\n              x-go-name: CustomMood\n"
            + "            description:\n              type: string\n              description: Description of the conversation object.\n");
    newer = edit(newer, // an enum value added, one removed
        "        - locked\n        - shadow\n        - unassigned\n", "        - locked\n        - suspended\n        - unassigned\n");
    newer = edit(newer, // a union member added, bringing a new schema that brings another; one removed
        "          service_account: '#/components/schemas/service-account-summary'\n"
            + "          sys_user: '#/components/schemas/sys-user-summary'\n        propertyName: type\n      oneOf:\n"
            + "        - $ref: '#/components/schemas/dev-user-summary'\n        - $ref: '#/components/schemas/rev-user-summary'\n"
            + "        - $ref: '#/components/schemas/service-account-summary'\n        - $ref: '#/components/schemas/sys-user-summary'\n"
            + "      properties:\n        type:\n          $ref: '#/components/schemas/user-type'\n      required:\n        - type\n"
            + "      title: user-summary\n",
        "          bot_user: '#/components/schemas/bot-user-summary'\n"
            + "          service_account: '#/components/schemas/service-account-summary'\n        propertyName: type\n      oneOf:\n"
            + "        - $ref: '#/components/schemas/dev-user-summary'\n        - $ref: '#/components/schemas/rev-user-summary'\n"
            + "        - $ref: '#/components/schemas/bot-user-summary'\n"
            + "        - $ref: '#/components/schemas/service-account-summary'\n"
            + "      properties:\n        type:\n          $ref: '#/components/schemas/user-type'\n      required:\n        - type\n"
            + "      title: user-summary\n");
    newer = edit(newer, "    sys-user-summary:\n",
        "    bot-user-summary:\n      allOf:\n        - $ref: '#/components/schemas/user-base-summary'\n"
            + "        - type: object\n          description: A bot.\n          properties:\n            model:\n"
            + "              $ref: '#/components/schemas/bot-model'\n      title: bot-user-summary\n"
            + "    bot-model:\n      type: string\n      description: Which model drives the bot.\n      enum:\n        - small\n"
            + "        - large\n      title: bot-model\n"
            + "    sys-user-summary:\n");
    newer = edit(newer, "        - service_account\n        - sys_user\n    view-override:",
        "        - service_account\n        - sys_user\n        - bot_user\n    view-override:");
    newer = edit(newer, // request: a property removed with the schema only it used, a format changed, a name now required
        "        metadata:\n          $ref: '#/components/schemas/conversations-create-request-metadata'\n", "");
    newer = edit(newer, "          description: The brand associated with the conversation.\n          format: id\n",
        "          description: The brand associated with the conversation.\n          format: text\n");
    newer = edit(newer, "      required:\n        - type\n      title: conversations-create-request\n",
        "      required:\n        - type\n        - title\n      title: conversations-create-request\n");
    return edit(newer, "  default: \"2024-01-24\"", "  default: \"2025-06-01\"");
  }

  private static String edit(String text, String from, String to) {
    assertThat(text).as("the reference still reads as this test expects").contains(from);
    return text.replace(from, to);
  }

  private Path upstreamFile(String text) throws Exception {
    return Files.writeString(work.resolve("devrev-newer.yaml"), text, StandardCharsets.UTF_8);
  }

  private List<Difference> drift(Path upstream) {
    return Conformance.check(SpecDocument.load(ours.toUri().toString()), SpecDocument.load(upstream.toUri().toString()),
        OPERATION_METHOD, OPERATION_PATH).differences();
  }

  @Test
  void againstTheUnchangedReferenceChangesNothing() throws Exception {
    Path upstream = upstreamFile(reference);

    assertThat(DriftCli.run(new String[] {"--ours", ours.toString(), "--upstream", upstream.toString(), "--write"})).isZero();

    assertThat(Files.readString(ours, StandardCharsets.UTF_8)).isEqualTo(ourText);
  }

  @Test
  void writesTheVersionHeaderOurSpecLacksWithItsTwoFactsOnly() throws Exception {
    String without = edit(ourText, "x-fern-version:\n  header: x-devrev-version\n  default: '2024-01-24'\n", "");
    Files.writeString(ours, without, StandardCharsets.UTF_8);
    Path upstream = upstreamFile(reference);
    assertThat(drift(upstream)).extracting(Difference::kind).containsExactly(Kind.VERSION_HEADER);

    DriftCli.run(new String[] {"--ours", ours.toString(), "--upstream", upstream.toString(), "--write"});

    assertThat(drift(upstream)).isEmpty();
    assertThat(Files.readString(ours, StandardCharsets.UTF_8))
        .contains("x-fern-version:\n  header: x-devrev-version\n  default: '2024-01-24'\nservers:");
  }

  @Test
  void writesEveryStructuralDifferenceSoThatTheGateReportsNone() throws Exception {
    Path upstream = upstreamFile(newerDevRev());
    assertThat(drift(upstream)).extracting(Difference::kind, Difference::change).contains(
        org.assertj.core.groups.Tuple.tuple(Kind.PROPERTY, Change.ADDED), org.assertj.core.groups.Tuple.tuple(Kind.PROPERTY, Change.REMOVED),
        org.assertj.core.groups.Tuple.tuple(Kind.ENUM_VALUE, Change.ADDED), org.assertj.core.groups.Tuple.tuple(Kind.ENUM_VALUE, Change.REMOVED),
        org.assertj.core.groups.Tuple.tuple(Kind.UNION_MEMBER, Change.ADDED), org.assertj.core.groups.Tuple.tuple(Kind.UNION_MEMBER, Change.REMOVED),
        org.assertj.core.groups.Tuple.tuple(Kind.REQUIRED, Change.ADDED), org.assertj.core.groups.Tuple.tuple(Kind.FORMAT, Change.CHANGED),
        org.assertj.core.groups.Tuple.tuple(Kind.VERSION_HEADER, Change.CHANGED));

    int exit = DriftCli.run(new String[] {"--ours", ours.toString(), "--upstream", upstream.toString(), "--write"});

    assertThat(drift(upstream)).isEmpty();
    assertThat(exit).isZero();
  }

  @Test
  void touchesOnlyWhatChangedAndMarksTheDescriptionsForAPerson() throws Exception {
    Path upstream = upstreamFile(newerDevRev());

    DriftCli.run(new String[] {"--ours", ours.toString(), "--upstream", upstream.toString(), "--write"});
    String written = Files.readString(ours, StandardCharsets.UTF_8);

    // The paths, with their examples, are untouched; the header keeps its comment, with the new default.
    assertThat(written.substring(0, written.indexOf("\ncomponents:")))
        .isEqualTo(ourText.substring(0, ourText.indexOf("\ncomponents:")).replace("default: '2024-01-24'", "default: '2025-06-01'"));
    assertThat(written).contains("# DevRev's version mechanism");
    // A new property in DevRev's place and our style, without DevRev's prose or extensions.
    assertThat(written).contains("          custom_mood:\n            type: string\n            format: text\n"
        + "            description: 'TODO: describe'\n          description:\n");
    assertThat(written).doesNotContain("x-go-name", "How the conversation feels", "title: bot-user-summary");
    // The new member, in the mapping and in oneOf, and the schemas it brings, right after the union.
    assertThat(written).contains("          rev_user: '#/components/schemas/rev-user-summary'\n"
        + "          bot_user: '#/components/schemas/bot-user-summary'\n");
    assertThat(written).contains("      - $ref: '#/components/schemas/rev-user-summary'\n      - $ref: '#/components/schemas/bot-user-summary'\n");
    assertThat(written).contains("    bot-user-summary:\n      allOf:\n      - $ref: '#/components/schemas/user-base-summary'\n"
        + "      - description: 'TODO: describe'\n        type: object\n        properties:\n          model:\n"
        + "            $ref: '#/components/schemas/bot-model'\n    bot-model:\n      description: 'TODO: describe'\n"
        + "      type: string\n      enum:\n      - small\n      - large\n");
    assertThat(written).contains("      - locked\n      - suspended\n      - unassigned\n").doesNotContain("- shadow\n");
    // Removed: the property, and the schema nothing reaches any more.
    assertThat(written).doesNotContain("    conversations-create-request-metadata:", "          $ref: '#/components/schemas/conversations-create-request-metadata'");
    assertThat(written).contains("      required:\n      - type\n      - title\n    conversations-create-request-type-value:");
  }
}
