package ai.devrev.codegen.moshi;

import ai.devrev.spec.walker.Pointer;
import com.google.common.collect.ImmutableMap;
import com.samskivert.mustache.Mustache;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.AbstractJavaCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.utils.StringUtils;

/**
 * OpenAPI Generator codegen for a Retrofit interface and Moshi models.
 *
 * <p>The stock {@code java} generator has no Moshi serializer and cannot express discriminated unions
 * whose discriminator is declared on the union: this generator flattens composition itself (see
 * {@link SchemaFlattener}), names and nests the types ({@link TypePlan}, {@link Naming}), and renders
 * immutable models, forward-compatible enums and unions, and one {@code JsonAdapter} per model, so
 * decoding needs no reflection. Use it with {@code <generatorName>devrev-moshi-java</generatorName>}
 * and this artifact as a plugin dependency.
 */
public class MoshiJavaCodegen extends AbstractJavaCodegen {
  static final String NAME = "devrev-moshi-java";
  private static final List<String> SUPPORT_FILES = List.of(
      "DevRevMoshi", "Adapters", "ModelAdapter", "ObjectAdapter", "UnionAdapter", "EnumAdapter", "JsonValues", "DateTimeAdapter",
      "Values", "JsonProblem", "JsonProblemsException", "Problems");

  private TypePlan plan;
  private final Set<String> topLevelModels = new LinkedHashSet<>();
  private final List<Map<String, String>> registry = new ArrayList<>();

  public MoshiJavaCodegen() {
    super();
    templateDir = NAME;
    embeddedTemplateDir = NAME;
    modelTemplateFiles.clear();
    modelTemplateFiles.put("model.mustache", ".java");
    modelTemplateFiles.put("modelAdapter.mustache", "JsonAdapter.java");
    apiTemplateFiles.clear();
    apiTemplateFiles.put("api.mustache", ".java");
    modelDocTemplateFiles.clear();
    apiDocTemplateFiles.clear();
    modelTestTemplateFiles.clear();
    apiTestTemplateFiles.clear();
    // Only what javac or the generated classes' own members forbid; "object" and "file" stay readable.
    reservedWords.clear();
    reservedWords.addAll(List.of(
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
        "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
        "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
        "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
        "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
        "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits", "_",
        "builder", "toBuilder", "additionalProperties", "accept", "raw", "equals", "hashCode",
        "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "problems", "validate"));
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.CLIENT;
  }

  @Override
  public String getHelp() {
    return "Generates a Retrofit interface and immutable Moshi models with forward-compatible enums and unions.";
  }

  @Override
  public void processOpts() {
    additionalProperties.put(OPENAPI_NULLABLE, false);
    super.processOpts();
    supportingFiles.clear();
    String source = sourceFolder.isEmpty() ? "" : sourceFolder + File.separator;
    String modelDir = source + modelPackage().replace('.', File.separatorChar);
    for (String file : SUPPORT_FILES) {
      supportingFiles.add(new SupportingFile(file + ".mustache", modelDir, file + ".java"));
    }
    supportingFiles.add(new SupportingFile("modelPackageInfo.mustache", modelDir, "package-info.java"));
    supportingFiles.add(new SupportingFile("apiPackageInfo.mustache",
        source + apiPackage().replace('.', File.separatorChar), "package-info.java"));
  }

  @Override
  public boolean getUseInlineModelResolver() {
    return false; // SchemaFlattener names inline schemas itself.
  }

  @Override
  public boolean getUseOpenapiNormalizer() {
    return false; // The normalizer would collapse single-member unions.
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    ApiVersion version = ApiVersion.of(openAPI);
    if (version != null) {
      additionalProperties.put("apiVersion", Naming.literal(version.version));
      additionalProperties.put("apiVersionDoc", Javadoc.code(version.version));
      additionalProperties.put("apiVersionHeader", Naming.literal(version.header));
      additionalProperties.put("apiVersionHeaderDoc", Javadoc.code(version.header));
    }
    SchemaFlattener.flatten(openAPI, getInputSpec() == null ? "the OpenAPI document" : getInputSpec());
    super.preprocessOpenAPI(openAPI);
  }

  /** Objects without properties (empty members, all-label unions) stay models, not free-form maps. */
  @Override
  @SuppressWarnings("rawtypes")
  public Schema unaliasSchema(Schema schema) {
    if (schema != null && schema.get$ref() != null && openAPI != null && openAPI.getComponents() != null) {
      Schema target = openAPI.getComponents().getSchemas().get(Pointer.schemaName(schema.get$ref()));
      if (target != null && target.getExtensions() != null
          && Boolean.TRUE.equals(target.getExtensions().get(SchemaFlattener.X_MODEL))) {
        return schema;
      }
    }
    return super.unaliasSchema(schema);
  }

  @Override
  protected ImmutableMap.Builder<String, Mustache.Lambda> addMustacheLambdas() {
    return super.addMustacheLambdas()
        .put("javaImports", new JavaImports(this::modelPackage, () -> topLevelModels))
        .put("indent2", (fragment, out) -> {
          StringWriter text = new StringWriter();
          fragment.execute(text);
          out.write(text.toString().replaceAll("(?m)^(?=.)", "  "));
        });
  }

  /**
   * Replaces OpenAPI Generator's view of each model with this generator's: one file (and one adapter
   * file) per top-level type, the types nested in it rendered inside.
   */
  @Override
  @SuppressWarnings("rawtypes")
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> all = super.postProcessAllModels(objs);
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    plan = new TypePlan(schemas, modelPackage());
    Views views = new Views(plan, schemas, Directions.of(openAPI), this::toVarName, Naming::literal);
    Map<String, ModelsMap> kept = new LinkedHashMap<>();
    topLevelModels.clear();
    registry.clear();
    for (TypePlan.Decl decl : plan.topLevel()) {
      ModelsMap models = all.get(decl.schema);
      if (models == null) {
        throw new IllegalStateException("OpenAPI Generator produced no model for " + decl.schema);
      }
      Views.TypeView view = views.of(decl);
      models.put("view", view);
      models.put("adapters", Views.withAdapters(view));
      kept.put(decl.schema, models);
      topLevelModels.add(decl.simpleName);
    }
    for (TypePlan.Decl decl : plan.all()) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("binaryName", modelPackage() + "." + binaryName(decl));
      entry.put("create", decl.shape == TypePlan.Shape.ENUM
          ? "new EnumAdapter<>(this, " + decl.qualifiedName() + "::of, " + decl.qualifiedName() + "::asString)"
          : "new " + Views.adapterName(decl) + "(this)");
      registry.add(entry);
    }
    additionalProperties.put("registry", registry);
    return kept;
  }

  private static String binaryName(TypePlan.Decl decl) {
    return decl.parent == null ? decl.simpleName : binaryName(decl.parent) + "$" + decl.simpleName;
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    List<CodegenOperation> operations = result.getOperations().getOperation();
    result.put("tagDoc", Javadoc.code(operations.isEmpty() ? "" : operations.get(0).baseName));
    result.put("operationViews", Operations.views(result.getOperations().getOperation(), openAPI, plan,
        openAPI.getComponents().getSchemas()));
    return result;
  }

  @Override
  public String toApiName(String name) {
    return StringUtils.camelize(name.isEmpty() ? "default" : name) + "Api";
  }

  /** Enums and types nested elsewhere render no adapter of their own: their adapter file would be empty. */
  @Override
  public void postProcess() {
    Path models = Path.of(modelFileFolder());
    if (Files.isDirectory(models)) {
      try (Stream<Path> files = Files.list(models)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (file.toString().endsWith(".java") && Files.readString(file).isBlank()) {
            Files.delete(file);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    super.postProcess();
  }
}
