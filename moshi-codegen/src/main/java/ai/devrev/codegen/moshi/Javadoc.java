package ai.devrev.codegen.moshi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a spec description (CommonMark-ish prose) into Javadoc lines: {@code `code`} becomes
 * <code>{&#64;code code}</code>, {@code [text](url)} a link, blank lines paragraphs, and nothing in
 * the text can end the comment, start a tag or break the HTML.
 */
final class Javadoc {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\u0000(\\d+)\u0000");
  /** The width {@link #wrap} breaks Javadoc prose at, beside the indentation and {@code " * "}. */
  static final int WIDTH = 96;

  private Javadoc() {}

  /** The description's lines; empty for no description. Paragraphs after the first start with {@code <p>}. */
  static List<String> lines(String description) {
    List<String> lines = new ArrayList<>();
    if (description == null || description.isBlank()) {
      return lines;
    }
    boolean paragraph = false;
    for (String raw : description.strip().split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        paragraph = !lines.isEmpty();
        continue;
      }
      String text = inline(line);
      if (paragraph) {
        lines.add("");
        text = "<p>" + text;
        paragraph = false;
      }
      lines.add(text);
    }
    return lines;
  }

  /** One line of prose as Javadoc: code spans and links kept, everything else escaped. */
  static String inline(String prose) {
    String line = prose.replace("\u0000", "");
    List<String> kept = new ArrayList<>();
    StringBuilder masked = new StringBuilder();
    Matcher code = CODE.matcher(line);
    int last = 0;
    while (code.find()) {
      masked.append(line, last, code.start());
      masked.append('\u0000').append(kept.size()).append('\u0000');
      kept.add(code(code.group(1)));
      last = code.end();
    }
    masked.append(line.substring(last));
    String text = masked.toString();
    Matcher link = LINK.matcher(text);
    StringBuilder linked = new StringBuilder();
    last = 0;
    while (link.find()) {
      linked.append(escape(text.substring(last, link.start())));
      linked.append('\u0000').append(kept.size()).append('\u0000');
      kept.add("<a href=\"" + escape(link.group(2)) + "\">" + escape(link.group(1)) + "</a>");
      last = link.end();
    }
    linked.append(escape(text.substring(last)));
    Matcher placeholder = PLACEHOLDER.matcher(linked);
    StringBuilder result = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(result, Matcher.quoteReplacement(kept.get(Integer.parseInt(placeholder.group(1)))));
    }
    placeholder.appendTail(result);
    return result.toString();
  }

  /**
   * Javadoc text as lines of at most {@value #WIDTH} characters, broken at spaces outside inline tags
   * but for {@code {@return ...}} (a {@code {@link ...}} stays on one line); a longer word has a line of
   * its own.
   */
  static List<String> wrap(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    // One entry per open brace: whether a line may break inside it.
    Deque<Boolean> open = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        open.push(text.startsWith("{@return ", i) && !open.contains(false));
      } else if (c == '}' && !open.isEmpty()) {
        open.pop();
      }
      if (c == ' ' && !open.contains(false)) {
        words.add(word.toString());
        word.setLength(0);
      } else {
        word.append(c);
      }
    }
    words.add(word.toString());
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + w.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(w);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** {@code {@code text}} when the text allows it (balanced braces, no comment end), else escaped {@code <code>}. */
  static String code(String text) {
    int depth = 0;
    boolean balanced = true;
    for (char c : text.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      balanced &= depth >= 0;
    }
    if (balanced && depth == 0 && !text.contains("*/") && !text.startsWith("@")) {
      return "{@code " + text + "}";
    }
    return "<code>" + escape(text) + "</code>";
  }

  /** Text that is not markup: HTML entities, and no {@code @}, braces or comment end that Javadoc would read. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("\\u", "&#92;u")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
        .replace("{", "&#123;")
        .replace("}", "&#125;");
  }
}
