package ai.devrev.codegen.moshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generator on a small union-heavy fixture, compiles what it writes, and uses it. */
class MoshiJavaCodegenTest {
  @TempDir static Path out;
  static GeneratedFixture fixture;
  static Moshi moshi;

  @BeforeAll
  static void generateAndCompile() {
    fixture = GeneratedFixture.compile(GeneratedFixture.resource("/unions.yaml"), out.resolve("fixture"), "fixture");
    moshi = fixture.moshi(false);
  }

  @SuppressWarnings("unchecked")
  private static Object decode(String type, String json) throws Exception {
    return ((JsonAdapter<Object>) moshi.adapter(fixture.model(type))).fromJson(json);
  }

  @SuppressWarnings("unchecked")
  private static String encode(String type, Object value) {
    return ((JsonAdapter<Object>) moshi.adapter(fixture.model(type))).toJson(value);
  }

  private static Object call(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }

  @Test
  void unionMembersDecodeToTheirOwnClassesAndEncodeBackWithTheirLabel() throws Exception {
    String json = "{\"type\":\"cat\",\"id\":\"C-1\",\"lives\":9,\"mood\":\"grumpy\"}";
    Object cat = decode("Pet", json);
    assertThat(cat.getClass().getName()).isEqualTo("fixture.model.Cat");
    assertThat(call(cat, "type")).isEqualTo("cat");
    assertThat(call(cat, "lives")).isEqualTo(Optional.of(9L));
    assertThat(encode("Pet", cat)).isEqualTo(json);
  }

  @Test
  void aUnionsOwnKindsAreNestedInItAndNamedAfterTheirLabels() throws Exception {
    Object invalid = decode("Error", "{\"type\":\"invalid\",\"field\":\"f\",\"message\":\"m\"}");
    assertThat(invalid.getClass().getName()).isEqualTo("fixture.model.Error$Invalid");
    Object nested = decode("Error", "{\"type\":\"nested\",\"subtype\":\"one\",\"reason\":\"r\"}");
    assertThat(nested.getClass().getName()).isEqualTo("fixture.model.Error$Nested$One");
    assertThat(call(nested, "reason")).isEqualTo(Optional.of("r"));
    assertThat(Arrays.stream(fixture.model("Error$Visitor").getMethods()).map(Method::getName).sorted())
        .containsExactly("visitInvalid", "visitNested", "visitUnknown");
    assertThat(Arrays.stream(fixture.model("Pet$Visitor").getMethods()).map(Method::getName).sorted())
        .containsExactly("visitCat", "visitDog", "visitRock", "visitUnknown");
  }

  @Test
  void membersCarryNoDiscriminatorFieldAndAnswerTheirLabels() throws Exception {
    Class<?> cat = fixture.model("Cat");
    assertThat(Arrays.stream(cat.getDeclaredFields()).map(f -> f.getName())).doesNotContain("type");
    Object nested = decode("Error", "{\"subtype\":\"one\",\"type\":\"nested\"}");
    assertThat(call(nested, "type")).isEqualTo("nested");
    assertThat(call(nested, "subtype")).isEqualTo("one");
    assertThat(encode("Error", nested)).isEqualTo("{\"type\":\"nested\",\"subtype\":\"one\"}");
  }

  @Test
  void unknownKindsKeepTheirLabelAndJsonAndANestedOneItsOuterLabelToo() throws Exception {
    Object bird = decode("Pet", "{\"type\":\"bird\",\"wings\":2}");
    assertThat(bird.getClass().getName()).isEqualTo("fixture.model.Pet$Unknown");
    assertThat(call(bird, "raw")).isEqualTo(Map.of("type", "bird", "wings", 2L));
    Object future = decode("Error", "{\"type\":\"nested\",\"subtype\":\"two\",\"reason\":\"r\"}");
    assertThat(future.getClass().getName()).isEqualTo("fixture.model.Error$Nested$Unknown");
    assertThat(call(future, "raw")).isEqualTo(Map.of("type", "nested", "subtype", "two", "reason", "r"));
    assertThat(call(future, "reason")).isEqualTo(Optional.of("r"));
    assertThat(encode("Error", future)).isEqualTo("{\"type\":\"nested\",\"subtype\":\"two\",\"reason\":\"r\"}");
  }

  @Test
  void strictDecodingRejectsValuesOfTheWrongTypeNamingTheirPath() {
    JsonAdapter<?> pet = fixture.moshi(true).adapter(fixture.model("Pet"));
    assertThatThrownBy(() -> pet.fromJson("{\"type\":\"cat\",\"id\":\"C\",\"lives\":\"nine\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.lives");
    assertThatThrownBy(() -> pet.fromJson("{\"type\":\"dog\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("'id'").hasMessageContaining("$.id");
  }

  @Test
  void tolerantDecodingSetsAsideWhatDoesNotFitAndValidateNamesIt() throws Exception {
    Object cat = decode("Pet", "{\"type\":\"cat\",\"id\":\"C\",\"lives\":\"nine\",\"born\":\"yesterday\"}");
    assertThat(call(cat, "lives")).isEqualTo(Optional.empty());
    assertThat(call(cat, "id")).isEqualTo("C");
    assertThat((List<?>) call(cat, "problems")).extracting(Object::toString)
        .containsExactly("$.lives: expected a 64-bit integer, was \"nine\"", "$.born: expected an RFC 3339 date-time, was \"yesterday\"");
    assertThatThrownBy(() -> call(cat, "validate")).hasRootCauseMessage(
        "Cat does not fit the spec: $.lives: expected a 64-bit integer, was \"nine\"; "
            + "$.born: expected an RFC 3339 date-time, was \"yesterday\"");
  }

  @Test
  void inlineEnumsAreForwardCompatibleAndASingleValueIsTheDefault() throws Exception {
    Object content = decode("Pet", "{\"type\":\"cat\",\"id\":\"C\",\"mood\":\"sleepy\"}");
    Object mood = ((Optional<?>) call(content, "mood")).orElseThrow();
    assertThat(mood.getClass().getName()).isEqualTo("fixture.model.Cat$Mood");
    assertThat(call(mood, "isKnown")).isEqualTo(false);
    assertThat(call(mood, "asString")).isEqualTo("sleepy");
    Class<?> request = fixture.model("PetsCreateRequest");
    Object builder = request.getMethod("builder").invoke(null);
    Object built = builder.getClass().getMethod("build").invoke(builder);
    assertThat(encode("PetsCreateRequest", built)).isEqualTo("{\"type\":\"pet\"}");
    assertThat(request.getDeclaredMethod("extra").getGenericReturnType().getTypeName())
        .isEqualTo("java.util.Optional<java.util.Map<java.lang.String, java.lang.Object>>");
  }

  @Test
  void theFactoryAnswersForGeneratedTypesOnly() throws Exception {
    Moshi mine = new Moshi.Builder().add((JsonAdapter.Factory) fixture.moshiField("FACTORY")).build();
    assertThat(mine.adapter(Object.class).fromJson("1")).isEqualTo(1.0); // Moshi's own Object adapter
    assertThatThrownBy(() -> mine.adapter(java.time.OffsetDateTime.class)).isInstanceOf(IllegalArgumentException.class);
    assertThat(mine.adapter(fixture.model("Pet")).getClass().getName()).startsWith("fixture.model.");
  }

  @Test
  void everyOperationSendsTheDocumentsVersionHeader() throws Exception {
    Class<?> api = Class.forName("fixture.api.PetsApi", true, fixture.loader);
    assertThat(api.getField("API_VERSION").get(null)).isEqualTo("2024-01-24");
    assertThat(api.getField("API_VERSION_HEADER").get(null)).isEqualTo("x-fixture-version");
    Method create = api.getMethod("petsCreate", fixture.model("PetsCreateRequest"));
    assertThat(create.getAnnotation(retrofit2.http.Headers.class).value()).containsExactly("x-fixture-version: 2024-01-24");
    assertThat(create.getAnnotation(retrofit2.http.POST.class).value()).isEqualTo("pets.create");
  }

  @Test
  void aMalformedVersionExtensionStopsGenerationNamingIt() {
    OpenAPI openAPI = GeneratedFixture.resource("/unions.yaml");
    openAPI.getExtensions().put("x-fern-version", Map.of("header", "bad header", "default", "2024-01-24"));
    assertThatThrownBy(() -> GeneratedFixture.generate(openAPI, out.resolve("malformed"), "malformed"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x-fern-version").hasMessageContaining("'bad header'");
  }

  @Test
  void anAddedOptionalPropertyAppearsWithNoOtherEdit() throws Exception {
    OpenAPI openAPI = GeneratedFixture.resource("/unions.yaml");
    openAPI.getComponents().getSchemas().get("pet-base").addProperty("nickname", new StringSchema());
    GeneratedFixture changed = GeneratedFixture.compile(openAPI, out.resolve("changed"), "changed");
    assertThat(changed.model("Dog").getMethod("nickname").getReturnType()).isEqualTo(Optional.class);
  }

  @Test
  void everyImportIsUsedAndEveryPackageIsNullMarked() throws Exception {
    Pattern importLine = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);$");
    for (Path file : fixture.javaFiles()) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Set<String> used = JavaImports.namesUsed(source.replaceAll("(?m)^import .*$", ""));
      Matcher imports = importLine.matcher(source);
      while (imports.find()) {
        assertThat(used.contains(imports.group(2))).as(file + " imports " + imports.group(2)).isTrue();
      }
      assertThat(source.replaceAll("(?m)^import .*$", "")).as(file + ": one import style")
          .doesNotContainPattern("\\bjava\\.util\\.(List|Map|Optional|Objects)\\b");
    }
    for (String pkg : List.of("fixture.model", "fixture.api")) {
      Package declared = fixture.loader.loadClass(pkg + ".package-info").getPackage();
      assertThat(declared.getAnnotation(org.jspecify.annotations.NullMarked.class)).as(pkg).isNotNull();
    }
  }

  @Test
  void publicMethodsOfModelsAreDocumentedInTheirSources() throws Exception {
    String cat = Files.readString(fixture.sources.resolve("fixture/model/Cat.java"));
    assertThat(cat).doesNotContain("property.").doesNotContain("`");
    List<String> publicMethods = Arrays.stream(fixture.model("Cat").getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).distinct().collect(Collectors.toList());
    assertThat(publicMethods).contains("builder", "toBuilder", "id", "lives", "additionalProperties", "accept");
  }

  @Test
  void whatEveryModelSharesIsWrittenOnceAndAKindInheritsTheJavadocOfWhatItsUnionDeclares() throws Exception {
    String error = Files.readString(fixture.sources.resolve("fixture/model/Error.java"));
    String invalid = error.substring(error.indexOf("final class Invalid "), error.indexOf("public static final class Builder"));
    assertThat(invalid).contains("}\n\n    @Override\n    public Optional<String> message()")
        .contains("}\n\n    /** {@return {@code field}} */\n    public String field()");
    for (Path file : fixture.javaFiles()) {
      if (!file.endsWith("Values.java") && !file.endsWith("JsonValues.java") && !file.endsWith("JsonProblemsException.java")) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("StringBuilder").doesNotContain("does not fit the spec\"");
      }
    }
    assertThat(Files.readString(fixture.sources.resolve("fixture/model/ErrorJsonAdapter.java")))
        .doesNotContain("selectString").doesNotContain("beginFlatten");
  }

  @Test
  void anUnsupportedConstructStopsGenerationNamingTheSchemaAndTheConstruct() {
    OpenAPI inlineMember = GeneratedFixture.resource("/unions.yaml");
    inlineMember.getComponents().getSchemas().get("pet").getOneOf().add(new io.swagger.v3.oas.models.media.ObjectSchema());
    assertThatThrownBy(() -> GeneratedFixture.generate(inlineMember, out.resolve("inline"), "inline"))
        .hasMessageContaining("Schema pet").hasMessageContaining("oneOf member at /components/schemas/pet");
    OpenAPI numbers = GeneratedFixture.resource("/unions.yaml");
    numbers.getComponents().getSchemas().put("pet-size", new io.swagger.v3.oas.models.media.IntegerSchema()._enum(List.of(1, 2)));
    numbers.getComponents().getSchemas().get("pet-base").addProperty("size",
        new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/pet-size"));
    assertThatThrownBy(() -> GeneratedFixture.generate(numbers, out.resolve("numbers"), "numbers"))
        .hasMessageContaining("pet-size").hasMessageContaining("enum of Integer values");
  }

  @Test
  void aOneOfMemberTheMappingLeavesOutIsAKindUnderItsSchemaName() throws Exception {
    OpenAPI openAPI = GeneratedFixture.resource("/unions.yaml");
    openAPI.getComponents().getSchemas().get("pet").getDiscriminator().getMapping().remove("rock");
    GeneratedFixture implicit = GeneratedFixture.compile(openAPI, out.resolve("implicit"), "implicit");
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> pets = (JsonAdapter<Object>) implicit.moshi(false).adapter(implicit.model("Pet"));
    Object rock = pets.fromJson("{\"type\":\"rock\"}");
    assertThat(rock.getClass().getName()).isEqualTo("implicit.model.Rock");
    assertThat(pets.toJson(rock)).isEqualTo("{\"type\":\"rock\"}");
  }

  @Test
  void aMemberUnderTwoLabelsOrSharedByUnionsThatAddPropertiesBecomesOneKindPerLabel() throws Exception {
    OpenAPI openAPI = GeneratedFixture.resource("/unions.yaml");
    io.swagger.v3.oas.models.media.Schema<?> pet = openAPI.getComponents().getSchemas().get("pet");
    pet.getDiscriminator().mapping("pebble", "#/components/schemas/rock");
    pet.addProperty("owner", new StringSchema());
    GeneratedFixture shared = GeneratedFixture.compile(openAPI, out.resolve("shared"), "shared");
    Moshi tolerant = shared.moshi(false);
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> pets = (JsonAdapter<Object>) tolerant.adapter(shared.model("Pet"));
    Object pebble = pets.fromJson("{\"type\":\"pebble\",\"owner\":\"o\"}");
    assertThat(pebble.getClass().getName()).isEqualTo("shared.model.Pet$Pebble");
    assertThat(pets.fromJson("{\"type\":\"rock\"}").getClass().getName()).isEqualTo("shared.model.Pet$Rock");
    assertThat(pets.toJson(pebble)).isEqualTo("{\"type\":\"pebble\",\"owner\":\"o\"}");
    assertThat(Arrays.stream(shared.model("Pet$Visitor").getMethods()).map(Method::getName))
        .contains("visitPebble", "visitRock");
  }
}
