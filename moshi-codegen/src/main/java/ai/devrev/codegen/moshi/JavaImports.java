package ai.devrev.codegen.moshi;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mustache lambda that writes a Java file's imports from its rendered text: exactly the types the
 * code (or a Javadoc reference) names by simple name, sorted, so templates can use simple names and a
 * file never imports what it does not use.
 */
final class JavaImports implements Mustache.Lambda {
  /** The types templates may name by simple name, outside the file's own package. */
  static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("List", "java.util.List"),
      Map.entry("Map", "java.util.Map"),
      Map.entry("Set", "java.util.Set"),
      Map.entry("Optional", "java.util.Optional"),
      Map.entry("Objects", "java.util.Objects"),
      Map.entry("Collections", "java.util.Collections"),
      Map.entry("ArrayList", "java.util.ArrayList"),
      Map.entry("LinkedHashMap", "java.util.LinkedHashMap"),
      Map.entry("Arrays", "java.util.Arrays"),
      Map.entry("OffsetDateTime", "java.time.OffsetDateTime"),
      Map.entry("BigInteger", "java.math.BigInteger"),
      Map.entry("BigDecimal", "java.math.BigDecimal"),
      Map.entry("IOException", "java.io.IOException"),
      Map.entry("Type", "java.lang.reflect.Type"),
      Map.entry("Annotation", "java.lang.annotation.Annotation"),
      Map.entry("JsonAdapter", "com.squareup.moshi.JsonAdapter"),
      Map.entry("JsonReader", "com.squareup.moshi.JsonReader"),
      Map.entry("JsonWriter", "com.squareup.moshi.JsonWriter"),
      Map.entry("JsonDataException", "com.squareup.moshi.JsonDataException"),
      Map.entry("JsonEncodingException", "com.squareup.moshi.JsonEncodingException"),
      Map.entry("Moshi", "com.squareup.moshi.Moshi"),
      Map.entry("Nullable", "org.jspecify.annotations.Nullable"),
      Map.entry("NullMarked", "org.jspecify.annotations.NullMarked"),
      Map.entry("Call", "retrofit2.Call"),
      Map.entry("Body", "retrofit2.http.Body"),
      Map.entry("Headers", "retrofit2.http.Headers"),
      Map.entry("Header", "retrofit2.http.Header"),
      Map.entry("Path", "retrofit2.http.Path"),
      Map.entry("Query", "retrofit2.http.Query"),
      Map.entry("GET", "retrofit2.http.GET"),
      Map.entry("POST", "retrofit2.http.POST"),
      Map.entry("PUT", "retrofit2.http.PUT"),
      Map.entry("PATCH", "retrofit2.http.PATCH"),
      Map.entry("DELETE", "retrofit2.http.DELETE"),
      Map.entry("HEAD", "retrofit2.http.HEAD"),
      Map.entry("OPTIONS", "retrofit2.http.OPTIONS"));

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);\\n");
  private static final Pattern JAVADOC_REFERENCE = Pattern.compile("(?:\\{@link(?:plain)?|@throws|@see)\\s+([A-Za-z_][\\w]*)");
  private static final Pattern DECLARATION = Pattern.compile("\\b(?:class|interface|enum)\\s+([A-Za-z_$][\\w$]*)");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

  private final Supplier<String> modelPackage;
  private final Supplier<Set<String>> modelTypes;

  /** {@code modelTypes}: the model package's top-level types, imported into files of other packages. */
  JavaImports(Supplier<String> modelPackage, Supplier<Set<String>> modelTypes) {
    this.modelPackage = modelPackage;
    this.modelTypes = modelTypes;
  }

  @Override
  public void execute(Template.Fragment fragment, Writer out) throws IOException {
    StringWriter rendered = new StringWriter();
    fragment.execute(rendered);
    out.write(withImports(rendered.toString()));
  }

  String withImports(String source) {
    Matcher pkg = PACKAGE.matcher(source);
    if (!pkg.find()) {
      throw new IllegalStateException("A generated file without a package line");
    }
    String filePackage = pkg.group(1);
    Set<String> imports = new TreeSet<>();
    String models = modelPackage.get();
    Set<String> modelNames = filePackage.equals(models) ? Set.of() : modelTypes.get();
    String body = source.substring(pkg.end());
    Set<String> declared = new TreeSet<>();
    Matcher declaration = DECLARATION.matcher(code(body, new TreeSet<>()));
    while (declaration.find()) {
      declared.add(declaration.group(1));
    }
    for (String name : namesUsed(body)) {
      if (declared.contains(name)) {
        continue; // a type of this file hides any import of that name
      }
      String known = KNOWN.get(name);
      if (known != null) {
        imports.add(known);
      } else if (modelNames.contains(name)) {
        imports.add(models + "." + name);
      }
    }
    StringBuilder block = new StringBuilder();
    if (!imports.isEmpty()) {
      block.append('\n');
      imports.forEach(i -> block.append("import ").append(i).append(";\n"));
    }
    return source.substring(0, pkg.end()) + block + source.substring(pkg.end());
  }

  /** Identifiers the code uses as simple names (not after a dot), and the types Javadoc references name. */
  static Set<String> namesUsed(String source) {
    Set<String> names = new TreeSet<>();
    CharSequence code = code(source, names);
    Matcher identifier = IDENTIFIER.matcher(code);
    while (identifier.find()) {
      int before = identifier.start() - 1;
      while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
        before--;
      }
      if (before < 0 || code.charAt(before) != '.') {
        names.add(identifier.group());
      }
    }
    return names;
  }

  /** The source without comments and literals; the types Javadoc references name go into {@code names}. */
  private static CharSequence code(String source, Set<String> names) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        Matcher reference = JAVADOC_REFERENCE.matcher(source.substring(i, end));
        while (reference.find()) {
          names.add(reference.group(1));
        }
        code.append(' ');
        i = end;
      } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        code.append(' ');
        i = j + 1;
      } else {
        code.append(c);
        i++;
      }
    }
    return code;
  }
}
