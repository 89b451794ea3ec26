package ai.devrev.api.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a few source files with the JDK's compiler, so the dumper reads real class files. */
final class Compiler {
  private Compiler() {}

  /** {@code sources}: path under the source root to its text; returns the classes directory. */
  static Path compile(Path workDirectory, Map<String, String> sources) throws IOException {
    Path src = Files.createDirectories(workDirectory.resolve("src"));
    Path classes = Files.createDirectories(workDirectory.resolve("classes"));
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-proc:none"));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      arguments.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, arguments.toArray(String[]::new));
    if (status != 0) {
      throw new AssertionError("javac failed for " + sources.keySet());
    }
    return classes;
  }
}
