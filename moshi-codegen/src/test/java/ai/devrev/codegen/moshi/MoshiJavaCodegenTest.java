package ai.devrev.codegen.moshi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;

/** Runs the generator on a small union-heavy fixture and checks what it writes, down to compiling it. */
class MoshiJavaCodegenTest {
  @TempDir Path out;

  private static OpenAPI fixture() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    String location = MoshiJavaCodegenTest.class.getResource("/unions.yaml").toString();
    return new OpenAPIParser().readLocation(location, null, options).getOpenAPI();
  }

  private Path generate(OpenAPI openAPI) {
    MoshiJavaCodegen codegen = new MoshiJavaCodegen();
    codegen.setOutputDir(out.toString());
    codegen.additionalProperties().put("modelPackage", "fixture.model");
    codegen.additionalProperties().put("apiPackage", "fixture.api");
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGeneratorPropertyDefault("apiTests", "false");
    generator.setGeneratorPropertyDefault("modelTests", "false");
    generator.setGeneratorPropertyDefault("apiDocs", "false");
    generator.setGeneratorPropertyDefault("modelDocs", "false");
    generator.opts(new ClientOptInput().openAPI(openAPI).config(codegen)).generate();
    return out.resolve("src/main/java/fixture");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void membersImplementTheirUnionAndCarryNoDiscriminatorField() throws Exception {
    Path model = generate(fixture()).resolve("model");
    String cat = read(model.resolve("Cat.java"));
    assertThat(cat).contains("public final class Cat implements Pet");
    assertThat(cat).doesNotContain("final String type;");
    assertThat(cat).contains("public String type() {\n    return \"cat\";");
    assertThat(cat).contains("final String id;").contains("final Long lives;").contains("final CatMood mood;");
    assertThat(read(model.resolve("Pet.java"))).contains("public interface Pet").contains("final class Unknown implements Pet");
  }

  @Test
  void emptyMembersAndAllLabelUnionsAreStillGenerated() throws Exception {
    Path model = generate(fixture()).resolve("model");
    assertThat(model.resolve("Rock.java")).exists();
    assertThat(model.resolve("ErrorNestedOne.java")).exists();
    assertThat(read(model.resolve("PetJsonAdapter.java"))).contains("case \"rock\":");
  }

  @Test
  void unionPropertiesReachEveryMemberAndNestedUnions() throws Exception {
    Path model = generate(fixture()).resolve("model");
    assertThat(read(model.resolve("Error.java"))).contains("java.util.Optional<String> message();");
    assertThat(read(model.resolve("ErrorInvalid.java"))).contains("implements Error").contains("final String message;");
    String nested = read(model.resolve("ErrorNested.java"));
    assertThat(nested).contains("public interface ErrorNested extends Error").contains("String subtype();");
    String nestedMember = read(model.resolve("ErrorNestedOne.java"));
    assertThat(nestedMember).contains("implements ErrorNested")
        .contains("public String subtype() {\n    return \"one\";")
        .contains("public String type() {\n    return \"nested\";")
        .contains("final String message;").contains("final String reason;");
    assertThat(read(model.resolve("ErrorNestedOneJsonAdapter.java"))).contains("\"subtype\", \"type\"");
  }

  @Test
  void inlineEnumsBecomeForwardCompatibleClassesAndSingleValuesAreDefaults() throws Exception {
    Path model = generate(fixture()).resolve("model");
    String mood = read(model.resolve("CatMood.java"));
    assertThat(mood).contains("public static final CatMood GRUMPY").contains("_UNKNOWN");
    String request = read(model.resolve("PetsCreateRequest.java"));
    assertThat(request).contains("PetsCreateRequestType type = PetsCreateRequestType.PET;");
    assertThat(request).contains("final Map<String, Object> extra;").doesNotContain("Object extra;");
  }

  @Test
  void retrofitPathIsRelativeToTheBaseUrl() throws Exception {
    String api = read(generate(fixture()).resolve("api/PetsApi.java"));
    assertThat(api).contains("@retrofit2.http.POST(\"pets.create\")")
        .contains("retrofit2.Call<Pet> petsCreate(@retrofit2.http.Body PetsCreateRequest");
  }

  @Test
  void anAddedOptionalPropertyAppearsWithNoOtherEdit() throws Exception {
    OpenAPI openAPI = fixture();
    openAPI.getComponents().getSchemas().get("pet-base").addProperty("nickname", new StringSchema());
    String dog = read(generate(openAPI).resolve("model/Dog.java"));
    assertThat(dog).contains("public java.util.Optional<String> nickname()");
  }

  @Test
  void generatedCodeCompilesWithoutWarnings() throws Exception {
    Path root = generate(fixture());
    List<File> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).collect(Collectors.toList());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    java.io.StringWriter diagnostics = new java.io.StringWriter();
    List<String> options = List.of("--release", "11", "-Xlint:all,-processing", "-proc:none", "-Werror", "-d", out.resolve("classes").toString(),
        "-classpath", System.getProperty("java.class.path"));
    try (var fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean ok = compiler.getTask(diagnostics, fileManager, null, options, null,
          fileManager.getJavaFileObjectsFromFiles(sources)).call();
      assertThat(ok).as(diagnostics.toString()).isTrue();
    }
    assertThat(diagnostics.toString()).isEmpty();
  }
}
