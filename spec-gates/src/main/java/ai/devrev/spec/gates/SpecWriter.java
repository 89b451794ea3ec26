package ai.devrev.spec.gates;

import ai.devrev.spec.gates.Difference.Change;
import ai.devrev.spec.walker.Located;
import ai.devrev.spec.walker.Pointer;
import ai.devrev.spec.walker.SpecDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Writes the structural differences the drift gate reports into our document's text: properties,
 * enum values, union members (with the component schemas they bring), required lists, formats, types,
 * {@code additionalProperties} and the API version header. Every edit is made in place in the YAML
 * text ({@link YamlText}), so the rest of the document keeps its layout, order and comments and the
 * diff a person reviews shows only the change. Copied schemas lose DevRev's titles, examples and
 * extensions, and every description they had becomes {@link #DESCRIBE}: our prose is ours to write.
 * What it cannot write (statuses, headers, media types, security, a changed discriminator) it returns
 * untouched, for a person.
 */
final class SpecWriter {
  /** The description of everything the writer copied, until a person writes ours. */
  static final String DESCRIBE = "TODO: describe";

  /** What one pass wrote, and what it left. */
  record Outcome(String text, List<Difference> notWritten, List<String> described) {}

  private final YamlText yaml;
  private final SpecDocument ours;
  private final Map<?, ?> upstream;
  private final List<Difference> notWritten = new ArrayList<>();
  private final List<String> described = new ArrayList<>();
  private final Set<String> done = new HashSet<>();
  /** New component schemas, in the order met, each with the existing component it goes after. */
  private final Map<String, String> newComponents = new LinkedHashMap<>();

  private SpecWriter(String oursText, SpecDocument ours, String upstreamText) {
    this.yaml = new YamlText(oursText);
    this.ours = ours;
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    this.upstream = new Yaml(options).load(upstreamText);
  }

  /** One pass over {@code differences} (ours "from", upstream "to"); unreachable schemas are then removed. */
  static Outcome write(String oursText, SpecDocument ours, String upstreamText, List<Difference> differences) {
    SpecWriter writer = new SpecWriter(oursText, ours, upstreamText);
    differences.forEach(writer::write);
    writer.addComponents();
    String written = writer.yaml.apply();
    return new Outcome(removeUnreachable(written), writer.notWritten, writer.described);
  }

  private void write(Difference d) {
    boolean written;
    switch (d.kind()) {
      case PROPERTY:
        written = d.change() == Change.ADDED ? addProperty(d) : removeProperty(d);
        break;
      case ENUM_VALUE:
        written = enumValue(d);
        break;
      case UNION_MEMBER:
        written = d.change() == Change.ADDED ? addMember(d) : removeMember(d);
        break;
      case REQUIRED:
        written = required(d);
        break;
      case FORMAT:
      case TYPE:
        written = d.subject() == null && keyword(d, d.kind() == Difference.Kind.FORMAT ? "format" : "type");
        break;
      case ADDITIONAL_PROPERTIES:
        written = d.to().additionalProperties() instanceof Boolean && keyword(d, "additionalProperties");
        break;
      case VERSION_HEADER:
        written = version(d);
        break;
      default:
        written = false;
    }
    if (!written) {
      notWritten.add(d);
    }
  }

  // Properties.

  private boolean addProperty(Difference d) {
    String name = d.subject();
    Located theirs = d.to().property(name);
    if (theirs == null || theirs.pointer() == null) {
      return false;
    }
    String declaring = parent(parent(theirs.pointer()));
    String target = yaml.node(declaring) instanceof MappingNode ? declaring : neighbourDeclaring(d, name);
    Object value = prepare(at(theirs.pointer()), true, theirs.pointer());
    boolean inserted = insertEntry(target, "properties", name, value, keys(at(Pointer.child(declaring, "properties"))));
    if (inserted) {
      needComponents(value, owner(target));
    }
    return inserted;
  }

  /** Where a property of ours next to {@code name} in DevRev's order is declared, else the schema itself. */
  private String neighbourDeclaring(Difference d, String name) {
    List<String> order = new ArrayList<>(d.to().properties().keySet());
    int index = order.indexOf(name);
    for (int distance = 1; distance < order.size(); distance++) {
      for (int candidate : new int[] {index - distance, index + distance}) {
        if (candidate >= 0 && candidate < order.size()) {
          Located mine = d.from().property(order.get(candidate));
          if (mine != null && mine.pointer() != null) {
            return parent(parent(mine.pointer()));
          }
        }
      }
    }
    return d.from().origin().pointer();
  }

  private boolean removeProperty(Difference d) {
    boolean removed = false;
    for (Located declaration : d.from().declarations(d.subject())) {
      removed |= declaration.pointer() != null && deleteEntry(declaration.pointer());
    }
    return removed;
  }

  // Enum values, union members, required names.

  private boolean enumValue(Difference d) {
    String declaring = d.from().declaredAt("enum");
    if (declaring == null) {
      return false;
    }
    String list = Pointer.child(declaring, "enum");
    if (d.change() == Change.REMOVED) {
      return deleteItem(list, d.subject());
    }
    return insertItem(declaring, "enum", d.subject(), d.subject(), d.to().enumValues());
  }

  private boolean addMember(Difference d) {
    String label = d.subject();
    String member = d.to().members().get(label);
    String declaring = d.from().declaredAt("discriminator");
    String theirs = d.to().declaredAt("discriminator");
    if (member == null || declaring == null || theirs == null) {
      return false;
    }
    Object mapping = at(Pointer.child(Pointer.child(theirs, "discriminator"), "mapping"));
    boolean written = true;
    if (mapping instanceof Map && ((Map<?, ?>) mapping).containsKey(label)) {
      written = insertEntry(Pointer.child(declaring, "discriminator"), "mapping", label, ((Map<?, ?>) mapping).get(label),
          keys(mapping));
    }
    String oneOf = d.from().declaredAt("oneOf") != null ? d.from().declaredAt("oneOf") : declaring;
    if (!d.from().oneOf().contains(member)) {
      List<String> order = new ArrayList<>();
      d.to().oneOf().forEach(name -> order.add(Pointer.schemaRef(name)));
      written &= insertItem(oneOf, "oneOf", Map.of("$ref", Pointer.schemaRef(member)), Pointer.schemaRef(member), order);
    }
    if (ours.schema(member) == null) {
      newComponents.putIfAbsent(member, owner(declaring));
    }
    return written;
  }

  private boolean removeMember(Difference d) {
    String label = d.subject();
    String member = d.from().members().get(label);
    String declaring = d.from().declaredAt("discriminator");
    if (member == null || declaring == null) {
      return false;
    }
    String mapping = Pointer.child(Pointer.child(Pointer.child(declaring, "discriminator"), "mapping"), label);
    boolean removed = yaml.node(mapping) == null || deleteEntry(mapping);
    boolean stillMapped = d.from().members().entrySet().stream()
        .anyMatch(e -> !e.getKey().equals(label) && e.getValue().equals(member) && d.to().members().containsKey(e.getKey()));
    String oneOf = d.from().declaredAt("oneOf");
    if (!stillMapped && oneOf != null) {
      removed &= deleteItem(Pointer.child(oneOf, "oneOf"), Pointer.schemaRef(member));
    }
    return removed;
  }

  private boolean required(Difference d) {
    String name = d.subject();
    if (d.change() == Change.REMOVED) {
      String listing = d.from().requiredAt(name);
      return listing != null && deleteItem(Pointer.child(listing, "required"), name);
    }
    String theirs = d.to().requiredAt(name);
    String target = theirs != null && yaml.node(theirs) instanceof MappingNode ? theirs
        : d.from().property(name) != null && d.from().property(name).pointer() != null
            ? parent(parent(d.from().property(name).pointer())) : d.from().origin().pointer();
    Object order = theirs == null ? null : at(Pointer.child(theirs, "required"));
    return insertItem(target, "required", name, name, order instanceof List ? strings((List<?>) order) : List.of());
  }

  /** {@code format}, {@code type} or {@code additionalProperties}: replaced, added beside {@code type}, or removed. */
  private boolean keyword(Difference d, String keyword) {
    String mine = d.from().declaredAt(keyword);
    String theirs = d.to().declaredAt(keyword);
    Object value = theirs == null ? null : at(Pointer.child(theirs, keyword));
    if (mine != null && value == null) {
      return deleteEntry(Pointer.child(mine, keyword));
    }
    if (value == null || value instanceof Map || value instanceof List) {
      return false;
    }
    if (mine != null) {
      return replace(Pointer.child(mine, keyword), value);
    }
    String target = d.from().declaredAt("type") != null ? d.from().declaredAt("type") : d.from().origin().pointer();
    Node node = yaml.node(target);
    NodeTuple type = yaml.entry(Pointer.child(target, "type"));
    if (!(node instanceof MappingNode) || !YamlText.isBlock(node) || !done.add(target + " " + keyword)) {
      return false;
    }
    int indent = yaml.column(((MappingNode) node).getValue().get(0).getKeyNode());
    int at = type != null ? yaml.span(type)[1] : yaml.span(((MappingNode) node).getValue().get(0))[0];
    yaml.insert(at, YamlText.entry(keyword, value, indent));
    return true;
  }

  private boolean version(Difference d) {
    if (d.change() == Change.CHANGED) {
      Object value = at("/x-fern-version/" + d.subject());
      return value != null && replace("/x-fern-version/" + d.subject(), value);
    }
    if (d.change() == Change.REMOVED) {
      return deleteEntry("/x-fern-version");
    }
    NodeTuple info = yaml.entry("/info");
    if (info == null || !done.add("x-fern-version")) {
      return false;
    }
    // The two facts the client uses, in our order; DevRev's list of values stays DevRev's.
    Map<String, Object> version = new LinkedHashMap<>();
    version.put("header", at("/x-fern-version/header"));
    version.put("default", at("/x-fern-version/default"));
    yaml.insert(yaml.span(info)[1], YamlText.entry("x-fern-version", version, 0));
    return true;
  }

  // New components.

  private void needComponents(Object value, String owner) {
    for (String ref : refs(value)) {
      String name = Pointer.schemaName(ref);
      if (ours.schema(name) == null) {
        newComponents.putIfAbsent(name, owner);
      }
    }
  }

  /** Copies every new component schema, and those they reach that ours lacks, after the schema that needs them. */
  private void addComponents() {
    Deque<String> pending = new ArrayDeque<>(newComponents.keySet());
    Set<String> added = new LinkedHashSet<>();
    Map<String, List<String>> byOwner = new LinkedHashMap<>();
    while (!pending.isEmpty()) {
      String name = pending.poll();
      if (!added.add(name)) {
        continue;
      }
      String pointer = Pointer.schema(name);
      Object schema = at(pointer);
      if (schema == null) {
        continue;
      }
      // After the existing schema that first needed it, or needed what brought it.
      String owner = newComponents.get(name);
      while (owner != null && ours.schema(owner) == null && newComponents.containsKey(owner)) {
        owner = newComponents.get(owner);
      }
      byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(name);
      for (String ref : refs(schema)) {
        String reached = Pointer.schemaName(ref);
        if (ours.schema(reached) == null && !added.contains(reached)) {
          newComponents.putIfAbsent(reached, name);
          pending.add(reached);
        }
      }
    }
    Node schemas = yaml.node("/components/schemas");
    if (!(schemas instanceof MappingNode) || ((MappingNode) schemas).getValue().isEmpty()) {
      return;
    }
    int indent = yaml.column(((MappingNode) schemas).getValue().get(0).getKeyNode());
    byOwner.forEach((owner, names) -> {
      NodeTuple after = owner == null ? null : yaml.entry(Pointer.schema(owner));
      List<NodeTuple> all = ((MappingNode) schemas).getValue();
      int at = yaml.span(after != null ? after : all.get(all.size() - 1))[1];
      for (String name : names) {
        yaml.insert(at, YamlText.entry(name, prepare(at(Pointer.schema(name)), false, Pointer.schema(name)), indent));
      }
    });
  }

  /** The component schema {@code pointer} is in, if any. */
  private static String owner(String pointer) {
    String[] tokens = Pointer.tokens(pointer);
    return tokens.length >= 3 && tokens[0].equals("components") && tokens[1].equals("schemas") ? tokens[2] : null;
  }

  private static Set<String> refs(Object value) {
    Set<String> refs = new LinkedHashSet<>();
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(value);
    while (!pending.isEmpty()) {
      Object node = pending.pop();
      if (node instanceof Map) {
        Map<?, ?> map = (Map<?, ?>) node;
        if (map.get("$ref") instanceof String && ((String) map.get("$ref")).startsWith("#/components/schemas/")) {
          refs.add((String) map.get("$ref"));
        }
        if (map.get("mapping") instanceof Map) {
          ((Map<?, ?>) map.get("mapping")).values().forEach(target -> refs.add(String.valueOf(target).startsWith("#")
              ? String.valueOf(target) : Pointer.schemaRef(String.valueOf(target))));
        }
        map.values().forEach(pending::push);
      } else if (node instanceof List) {
        ((List<?>) node).forEach(pending::push);
      }
    }
    return refs;
  }

  /** Reads the document again and deletes the component schemas no operation reaches any more. */
  private static String removeUnreachable(String text) {
    SpecDocument document = SpecDocument.parse("written", text);
    if (document.openAPI().getPaths() == null) {
      return text;
    }
    Set<String> reached = document.reachableSchemas(document.openAPI().getPaths());
    YamlText yaml = new YamlText(text);
    for (String name : document.schemas().keySet()) {
      if (!reached.contains(name)) {
        NodeTuple entry = yaml.entry(Pointer.schema(name));
        if (entry != null) {
          yaml.delete(yaml.span(entry));
        }
      }
    }
    return yaml.isEmpty() ? text : yaml.apply();
  }

  // Copying DevRev's schemas in our style.

  /**
   * A copy of DevRev's schema for our document: no titles, examples or extensions; a description where
   * DevRev has one, marked for a person; keys in our order ({@code $ref}, {@code type}, {@code format}
   * first and the description last in a property; the description first in a component).
   */
  private Object prepare(Object value, boolean property, String pointer) {
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        copy.add(prepare(list.get(i), property, Pointer.child(pointer, i)));
      }
      return copy;
    }
    if (!(value instanceof Map)) {
      return value;
    }
    Map<?, ?> schema = (Map<?, ?>) value;
    Map<String, Object> copy = new LinkedHashMap<>();
    boolean describedHere = schema.containsKey("description");
    if (describedHere && !property) {
      copy.put("description", DESCRIBE);
    }
    for (String first : List.of("$ref", "type", "format")) {
      if (schema.containsKey(first)) {
        copy.put(first, schema.get(first));
      }
    }
    schema.forEach((key, child) -> {
      String name = String.valueOf(key);
      if (copy.containsKey(name) || name.equals("description") || name.equals("title") || name.equals("example")
          || name.startsWith("x-")) {
        return;
      }
      String here = Pointer.child(pointer, name);
      switch (name) {
        case "properties":
          Map<String, Object> properties = new LinkedHashMap<>();
          ((Map<?, ?>) child).forEach((p, s) -> properties.put(String.valueOf(p), prepare(s, true, Pointer.child(here, String.valueOf(p)))));
          copy.put(name, properties);
          break;
        case "items":
        case "additionalProperties":
        case "not":
          copy.put(name, prepare(child, true, here));
          break;
        case "allOf":
        case "oneOf":
        case "anyOf":
          copy.put(name, prepare(child, false, here));
          break;
        default:
          copy.put(name, child);
      }
    });
    if (describedHere && property) {
      copy.put("description", DESCRIBE);
    }
    if (describedHere) {
      described.add(pointer);
    }
    return copy;
  }

  // Edits.

  /** Inserts {@code key: value} into the mapping {@code container/field}, creating the field if absent, in {@code order}. */
  private boolean insertEntry(String container, String field, String key, Object value, List<String> order) {
    String mapPointer = Pointer.child(container, field);
    if (!done.add(mapPointer + " " + key)) {
      return true;
    }
    Node map = yaml.node(mapPointer);
    if (map == null) {
      return appendField(container, field, Map.of(key, value));
    }
    if (!(map instanceof MappingNode) || !YamlText.isBlock(map) || ((MappingNode) map).getValue().isEmpty()) {
      return false;
    }
    List<NodeTuple> entries = ((MappingNode) map).getValue();
    NodeTuple previous = previous(order, key, name -> find(entries, name));
    yaml.insert(previous != null ? yaml.span(previous)[1] : yaml.span(entries.get(0))[0],
        YamlText.entry(key, value, yaml.column(entries.get(0).getKeyNode())));
    return true;
  }

  /** Inserts {@code item} (known by {@code identity}) into the list {@code container/field}, creating it if absent, in {@code order}. */
  private boolean insertItem(String container, String field, Object item, String identity, List<String> order) {
    String listPointer = Pointer.child(container, field);
    if (!done.add(listPointer + " " + identity)) {
      return true;
    }
    Node list = yaml.node(listPointer);
    if (list == null) {
      return appendField(container, field, List.of(item));
    }
    if (!(list instanceof SequenceNode) || !YamlText.isBlock(list) || ((SequenceNode) list).getValue().isEmpty()) {
      return false;
    }
    List<Node> items = ((SequenceNode) list).getValue();
    Node previous = previous(order, identity, name -> item(items, name));
    yaml.insert(previous != null ? yaml.span(previous)[1] : yaml.span(items.get(0))[0],
        YamlText.render(List.of(item), yaml.column(items.get(0)) - 2));
    return true;
  }

  /** Adds {@code field: value} as the last entry of the mapping at {@code container}. */
  private boolean appendField(String container, String field, Object value) {
    Node node = yaml.node(container);
    if (!(node instanceof MappingNode) || !YamlText.isBlock(node) || ((MappingNode) node).getValue().isEmpty()) {
      return false;
    }
    List<NodeTuple> entries = ((MappingNode) node).getValue();
    yaml.insert(yaml.span(entries.get(entries.size() - 1))[1],
        YamlText.entry(field, value, yaml.column(entries.get(0).getKeyNode())));
    return true;
  }

  /** Deletes the mapping entry at {@code pointer}; the whole field when it was the mapping's only entry. */
  private boolean deleteEntry(String pointer) {
    NodeTuple entry = yaml.entry(pointer);
    if (entry == null) {
      return false;
    }
    Node parent = yaml.node(parent(pointer));
    if (parent instanceof MappingNode && ((MappingNode) parent).getValue().size() == 1 && Pointer.tokens(pointer).length > 2) {
      return deleteEntry(parent(pointer));
    }
    if (done.add("delete " + pointer)) {
      yaml.delete(yaml.span(entry));
    }
    return true;
  }

  /** Deletes the item known by {@code identity} from the list at {@code pointer}; the whole list when it was the only item. */
  private boolean deleteItem(String pointer, String identity) {
    Node list = yaml.node(pointer);
    if (!(list instanceof SequenceNode) || !YamlText.isBlock(list)) {
      return false;
    }
    Node item = item(((SequenceNode) list).getValue(), identity);
    if (item == null) {
      return false;
    }
    if (((SequenceNode) list).getValue().size() == 1) {
      return deleteEntry(pointer);
    }
    if (done.add("delete " + pointer + " " + identity)) {
      yaml.delete(yaml.span(item));
    }
    return true;
  }

  private boolean replace(String pointer, Object value) {
    Node node = yaml.node(pointer);
    if (node == null || node instanceof MappingNode || node instanceof SequenceNode || !done.add("replace " + pointer)) {
      return node != null && !(node instanceof MappingNode) && !(node instanceof SequenceNode);
    }
    yaml.replace(node, YamlText.scalar(value));
    return true;
  }

  /** The nearest of ours among what comes before {@code name} in DevRev's {@code order}, or null. */
  private static <T> T previous(List<String> order, String name, Function<String, T> ours) {
    for (int i = order.indexOf(name) - 1; i >= 0; i--) {
      T found = ours.apply(order.get(i));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static NodeTuple find(List<NodeTuple> entries, String key) {
    return entries.stream().filter(entry -> key.equals(YamlText.scalar(entry.getKeyNode()))).findFirst().orElse(null);
  }

  /** The list item whose scalar value, or whose {@code $ref}, is {@code identity}. */
  private static Node item(List<Node> items, String identity) {
    for (Node item : items) {
      String value = YamlText.scalar(item);
      if (value == null && item instanceof MappingNode) {
        NodeTuple ref = find(((MappingNode) item).getValue(), "$ref");
        value = ref == null ? null : YamlText.scalar(ref.getValueNode());
      }
      if (identity.equals(value)) {
        return item;
      }
    }
    return null;
  }

  /** DevRev's document at {@code pointer}, as SnakeYAML loaded it; null if absent. */
  private Object at(String pointer) {
    Object current = upstream;
    for (String token : Pointer.tokens(pointer)) {
      if (current instanceof Map) {
        current = ((Map<?, ?>) current).get(token);
      } else if (current instanceof List && token.matches("\\d+") && Integer.parseInt(token) < ((List<?>) current).size()) {
        current = ((List<?>) current).get(Integer.parseInt(token));
      } else {
        return null;
      }
    }
    return current;
  }

  private static List<String> keys(Object map) {
    List<String> keys = new ArrayList<>();
    if (map instanceof Map) {
      ((Map<?, ?>) map).keySet().forEach(key -> keys.add(String.valueOf(key)));
    }
    return keys;
  }

  private static List<String> strings(List<?> list) {
    List<String> strings = new ArrayList<>();
    list.forEach(item -> strings.add(String.valueOf(item)));
    return strings;
  }

  private static String parent(String pointer) {
    return YamlText.parentOf(pointer);
  }
}
