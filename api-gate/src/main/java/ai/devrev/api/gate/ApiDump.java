package ai.devrev.api.gate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;

/**
 * The public API of a jar (or a classes directory) as sorted text: one line per public or protected
 * class and member with its full signature and the annotations callers see, no timestamps, so that two
 * builds of the same code give the same text and any change to the API shows as a line in review.
 *
 * <p>A class counts when it and every class enclosing it are public or protected and, where the jar has
 * a {@code module-info}, its package is exported. Synthetic and bridge methods, private and
 * package-private members, and protected members of final classes are left out. Package annotations
 * ({@code @NullMarked}) get a line of their own.
 */
public final class ApiDump {
  private static final Pattern DECLARED = Pattern.compile("(?:^|\\s)(?:class|interface|enum|record|@interface) ([\\w.$]+)");

  private ApiDump() {}

  /** The dump of a jar file or a directory of class files. */
  public static String of(Path jarOrDirectory) throws IOException {
    List<ClassApi> classes = new ArrayList<>();
    if (Files.isDirectory(jarOrDirectory)) {
      try (Stream<Path> files = Files.walk(jarOrDirectory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
          if (!jarOrDirectory.relativize(file).toString().startsWith("META-INF")) {
            try (InputStream in = Files.newInputStream(file)) {
              classes.add(read(in));
            }
          }
        }
      }
    } else {
      try (JarFile jar = new JarFile(jarOrDirectory.toFile())) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
            try (InputStream in = jar.getInputStream(entry)) {
              classes.add(read(in));
            }
          }
        }
      }
    }
    return render(classes);
  }

  private static ClassApi read(InputStream in) throws IOException {
    ClassApi api = new ClassApi();
    new ClassReader(in).accept(api, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
    return api;
  }

  private static String render(List<ClassApi> classes) {
    Map<String, ClassApi> byName = new HashMap<>();
    ClassApi module = null;
    for (ClassApi api : classes) {
      if (api.module != null) {
        module = api;
      } else {
        byName.put(api.internalName, api);
      }
    }
    Set<String> exported = module == null ? null : new LinkedHashSet<>(module.exportedPackages);
    StringBuilder text = new StringBuilder();
    if (module != null) {
      text.append("module ").append(module.module).append(" {\n");
      new TreeSet<>(module.moduleLines).forEach(line -> text.append("  ").append(line).append('\n'));
      text.append("}\n\n");
    }
    TreeSet<String> packages = new TreeSet<>();
    TreeMap<String, ClassApi> types = new TreeMap<>();
    for (ClassApi api : byName.values()) {
      if (exported != null && !exported.contains(api.packageName())) {
        continue;
      }
      if (api.isPackageInfo()) {
        if (!api.annotations.isEmpty()) {
          packages.add(String.join(" ", api.annotations) + " package " + api.packageName());
        }
      } else if (isApi(api, byName)) {
        types.put(api.name, api);
      }
    }
    packages.forEach(line -> text.append(line).append('\n'));
    if (!packages.isEmpty()) {
      text.append('\n');
    }
    types.values().forEach(api -> {
      text.append(api.header()).append(" {\n");
      api.memberLines().forEach(line -> text.append("  ").append(line).append('\n'));
      text.append("}\n\n");
    });
    return text.toString();
  }

  private static boolean isApi(ClassApi api, Map<String, ClassApi> byName) {
    for (ClassApi current = api; current != null; current = current.outer == null ? null : byName.get(current.outer)) {
      if (current.localOrAnonymous || !ClassApi.isVisible(current.access)) {
        return false;
      }
      if (current.outer != null && !byName.containsKey(current.outer)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The dump as self-contained entries, one per line that carries API: a member line prefixed with the
   * name of its class ({@code a.B: public void c()}), a declaration line with its own name. Two releases
   * are compared entry by entry, so that a removed or changed member names its class.
   */
  public static List<String> entries(String dump) {
    List<String> entries = new ArrayList<>();
    String owner = null;
    for (String line : dump.split("\n", -1)) {
      if (line.isBlank() || line.equals("}")) {
        continue;
      }
      if (line.startsWith("  ")) {
        entries.add(owner + ": " + line.strip());
        continue;
      }
      String declaration = line.endsWith(" {") ? line.substring(0, line.length() - 2) : line;
      Matcher declared = DECLARED.matcher(declaration);
      owner = declaration.startsWith("module ") ? declaration : declared.find() ? declared.group(1) : declaration;
      entries.add(owner + ": " + declaration);
    }
    return entries;
  }
}
