package ai.devrev.spec.gates;

import ai.devrev.spec.walker.Pointer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML document kept as its text, edited in place: nodes are found by JSON pointer with their exact
 * positions, and each edit replaces a span of characters, so everything not edited (layout, order,
 * quoting, comments) stays byte for byte as a person wrote it. Block style only, as our spec is written.
 */
final class YamlText {
  private record Edit(int start, int end, String text, int order) {}

  private final String text;
  private final Node root;
  private final List<Edit> edits = new ArrayList<>();

  YamlText(String text) {
    this.text = text;
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    this.root = new Yaml(options).compose(new StringReader(text));
  }

  /** The node at {@code pointer}, or null. */
  Node node(String pointer) {
    Node current = root;
    for (String token : Pointer.tokens(pointer)) {
      current = child(current, token);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  /** The mapping entry whose value is at {@code pointer}, or null. */
  NodeTuple entry(String pointer) {
    String[] tokens = Pointer.tokens(pointer);
    if (tokens.length == 0) {
      return null;
    }
    Node parent = node(parentOf(pointer));
    if (!(parent instanceof MappingNode)) {
      return null;
    }
    for (NodeTuple tuple : ((MappingNode) parent).getValue()) {
      if (tokens[tokens.length - 1].equals(scalar(tuple.getKeyNode()))) {
        return tuple;
      }
    }
    return null;
  }

  static String parentOf(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private static Node child(Node node, String token) {
    if (node instanceof MappingNode) {
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        if (token.equals(scalar(tuple.getKeyNode()))) {
          return tuple.getValueNode();
        }
      }
      return null;
    }
    if (node instanceof SequenceNode && token.matches("\\d+")) {
      List<Node> items = ((SequenceNode) node).getValue();
      int index = Integer.parseInt(token);
      return index < items.size() ? items.get(index) : null;
    }
    return null;
  }

  static String scalar(Node node) {
    return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : null;
  }

  /** Whether {@code node} is written in block style, which is all this editor writes into. */
  static boolean isBlock(Node node) {
    if (node instanceof MappingNode) {
      return ((MappingNode) node).getFlowStyle() == DumperOptions.FlowStyle.BLOCK;
    }
    if (node instanceof SequenceNode) {
      return ((SequenceNode) node).getFlowStyle() == DumperOptions.FlowStyle.BLOCK;
    }
    return true;
  }

  /** The index of the start of the line {@code index} is on. */
  int lineStart(int index) {
    return text.lastIndexOf('\n', index - 1) + 1;
  }

  /**
   * Where the lines of a node ending at {@code index} end: the next line's start. SnakeYAML ends a block
   * node where the next token starts, so an index preceded on its line by spaces only is that line's start.
   */
  int nextLine(int index) {
    int start = lineStart(index);
    if (text.substring(start, index).isBlank()) {
      return start;
    }
    int newline = text.indexOf('\n', index);
    return newline < 0 ? text.length() : newline + 1;
  }

  int column(Node node) {
    return node.getStartMark().getColumn();
  }

  /** Where a mapping entry's lines begin and end: from its key's line to the line after its value. */
  int[] span(NodeTuple tuple) {
    return new int[] {lineStart(tuple.getKeyNode().getStartMark().getIndex()), nextLine(tuple.getValueNode().getEndMark().getIndex())};
  }

  /** Where a block sequence item's lines begin and end, its {@code -} included. */
  int[] span(Node item) {
    return new int[] {lineStart(item.getStartMark().getIndex()), nextLine(item.getEndMark().getIndex())};
  }

  void insert(int index, String lines) {
    edits.add(new Edit(index, index, lines, edits.size()));
  }

  void delete(int[] span) {
    edits.add(new Edit(span[0], span[1], "", edits.size()));
  }

  void replace(Node scalar, String value) {
    edits.add(new Edit(scalar.getStartMark().getIndex(), scalar.getEndMark().getIndex(), value, edits.size()));
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /**
   * The text with every edit applied. Inserts at one position keep the order they were made in; an edit
   * inside a span that another edit deletes is dropped (its node goes with the span).
   */
  String apply() {
    List<Edit> kept = new ArrayList<>();
    for (Edit edit : edits) {
      boolean covered = false;
      for (Edit other : edits) {
        boolean deletes = other.end() > other.start() && other.text().isEmpty();
        boolean inside = other.start() <= edit.start() && edit.end() <= other.end()
            && !(edit.start() == edit.end() && (edit.start() == other.start() || edit.start() == other.end()));
        if (deletes && other != edit && inside && (edit.end() - edit.start() < other.end() - other.start() || other.order() < edit.order())) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        kept.add(edit);
      }
    }
    kept.sort(Comparator.comparingInt(Edit::start).reversed()
        .thenComparing(Comparator.comparingInt(Edit::end).reversed())
        .thenComparing(Comparator.comparingInt(Edit::order).reversed()));
    StringBuilder out = new StringBuilder(text);
    for (Edit edit : kept) {
      out.replace(edit.start(), edit.end(), edit.text());
    }
    return out.toString();
  }

  /** Block YAML for {@code value} (maps, lists, scalars as SnakeYAML loads them), each line indented by {@code indent}. */
  static String render(Object value, int indent) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(120);
    options.setSplitLines(true);
    String dumped = new Yaml(options).dump(value);
    StringBuilder out = new StringBuilder();
    String pad = " ".repeat(indent);
    for (String line : dumped.split("\n")) {
      out.append(line.isEmpty() ? "" : pad).append(line).append('\n');
    }
    return out.toString();
  }

  /** One scalar as YAML writes it inline: plain where it can be, quoted where it must. */
  static String scalar(Object value) {
    String dumped = render(List.of(value), 0).strip();
    return dumped.substring(2);
  }

  /** {@code key:} followed by its value as block YAML, for an entry of a mapping whose keys are at {@code indent}. */
  static String entry(String key, Object value, int indent) {
    String renderedKey = scalar(key);
    if (value instanceof Map || value instanceof List) {
      if ((value instanceof Map && ((Map<?, ?>) value).isEmpty()) || (value instanceof List && ((List<?>) value).isEmpty())) {
        return " ".repeat(indent) + renderedKey + ": " + (value instanceof Map ? "{}" : "[]") + "\n";
      }
      return " ".repeat(indent) + renderedKey + ":\n" + render(value, value instanceof Map ? indent + 2 : indent);
    }
    return " ".repeat(indent) + renderedKey + ": " + scalar(value) + "\n";
  }
}
