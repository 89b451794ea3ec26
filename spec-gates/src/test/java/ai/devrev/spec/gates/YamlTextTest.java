package ai.devrev.spec.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edits in place: what is not edited stays byte for byte, comments and quoting included. */
class YamlTextTest {
  private static final String TEXT = "# a comment that stays\n"
      + "a:\n"
      + "  # inside, too\n"
      + "  b:\n"
      + "    c: 'quoted'   # trailing\n"
      + "  d:\n"
      + "  - x\n"
      + "  - y\n"
      + "e: plain\n";

  @Test
  void findsNodesByPointerAndRewritesOnlyTheirSpans() {
    YamlText yaml = new YamlText(TEXT);
    yaml.replace(yaml.node("/e"), YamlText.scalar("2025-06-01"));
    yaml.insert(yaml.span(yaml.node("/a/d/0"))[1], YamlText.render(List.of("x2"), 2));

    assertThat(yaml.apply()).isEqualTo(TEXT.replace("e: plain", "e: '2025-06-01'").replace("  - x\n", "  - x\n  - x2\n"));
  }

  @Test
  void aBlockNodeEndsBeforeTheNextKeysLine() {
    YamlText yaml = new YamlText(TEXT);
    yaml.delete(yaml.span(yaml.entry("/a/b")));

    assertThat(yaml.apply()).isEqualTo("# a comment that stays\na:\n  # inside, too\n  d:\n  - x\n  - y\ne: plain\n");
  }

  @Test
  void anEditInsideADeletedSpanIsDropped() {
    YamlText yaml = new YamlText(TEXT);
    yaml.replace(yaml.node("/a/b/c"), "other");
    yaml.delete(yaml.span(yaml.entry("/a")));

    assertThat(yaml.apply()).isEqualTo("# a comment that stays\ne: plain\n");
  }

  @Test
  void rendersEntriesInOurStyle() {
    assertThat(YamlText.entry("mapping", Map.of("bot_user", "#/components/schemas/bot-user-summary"), 8))
        .isEqualTo("        mapping:\n          bot_user: '#/components/schemas/bot-user-summary'\n");
    assertThat(YamlText.entry("enum", List.of("a", "on"), 6)).isEqualTo("      enum:\n      - a\n      - 'on'\n");
  }
}
