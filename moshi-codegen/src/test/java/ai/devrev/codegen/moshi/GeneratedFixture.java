package ai.devrev.codegen.moshi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;

/** Generates a document's client into a folder, compiles it as strictly as client-generated does, and loads it. */
final class GeneratedFixture {
  final Path sources;
  final Path classes;
  final ClassLoader loader;
  final String modelPackage;

  private GeneratedFixture(Path sources, Path classes, ClassLoader loader, String modelPackage) {
    this.sources = sources;
    this.classes = classes;
    this.loader = loader;
    this.modelPackage = modelPackage;
  }

  static OpenAPI parse(String location) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI openAPI = new OpenAPIParser().readLocation(location, null, options).getOpenAPI();
    assertThat(openAPI).as("parsed " + location).isNotNull();
    return openAPI;
  }

  static OpenAPI resource(String name) {
    return parse(GeneratedFixture.class.getResource(name).toString());
  }

  /** Generates {@code openAPI} under {@code out} with packages {@code <root>.model} and {@code <root>.api}. */
  static Path generate(OpenAPI openAPI, Path out, String root) {
    MoshiJavaCodegen codegen = new MoshiJavaCodegen();
    codegen.setOutputDir(out.toString());
    codegen.additionalProperties().put("modelPackage", root + ".model");
    codegen.additionalProperties().put("apiPackage", root + ".api");
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGeneratorPropertyDefault("apiTests", "false");
    generator.setGeneratorPropertyDefault("modelTests", "false");
    generator.setGeneratorPropertyDefault("apiDocs", "false");
    generator.setGeneratorPropertyDefault("modelDocs", "false");
    generator.setGenerateMetadata(false);
    generator.opts(new ClientOptInput().openAPI(openAPI).config(codegen)).generate();
    return out.resolve("src/main/java");
  }

  /** Generates and compiles with {@code --release 11 -Xlint:all -Xdoclint:all/protected -Werror}, as client-generated. */
  static GeneratedFixture compile(OpenAPI openAPI, Path out, String root) {
    Path sources = generate(openAPI, out, root);
    Path classes = out.resolve("classes");
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).collect(Collectors.toList());
      Files.createDirectories(classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options = new ArrayList<>(List.of("--release", "11", "-Xlint:all,-processing", "-Xdoclint:all/protected",
        "-proc:none", "-Werror", "-encoding", "UTF-8", "-d", classes.toString(), "-classpath", System.getProperty("java.class.path")));
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean ok = compiler.getTask(diagnostics, fileManager, null, options, null,
          fileManager.getJavaFileObjectsFromFiles(files)).call();
      assertThat(ok).as(diagnostics.toString()).isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(diagnostics.toString()).isEmpty();
    try {
      URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedFixture.class.getClassLoader());
      return new GeneratedFixture(sources, classes, loader, root + ".model");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  Class<?> model(String binaryName) {
    try {
      return Class.forName(modelPackage + "." + binaryName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("No generated class " + binaryName, e);
    }
  }

  /** The generated {@code DevRevMoshi.create()}, or {@code createStrict()}. */
  com.squareup.moshi.Moshi moshi(boolean strict) {
    try {
      return (com.squareup.moshi.Moshi) model("DevRevMoshi").getMethod(strict ? "createStrict" : "create").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The generated {@code DevRevMoshi.<name>} field. */
  Object moshiField(String name) {
    try {
      return model("DevRevMoshi").getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  List<Path> javaFiles() {
    try (Stream<Path> walk = Files.walk(sources)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
