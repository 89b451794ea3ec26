package ai.devrev.codegen.moshi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenProperty;
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
 * {@link SchemaFlattener}) and renders immutable models, forward-compatible enums and unions, and one
 * hand-written-quality {@code JsonAdapter} per model, so decoding needs no reflection. Use it with
 * {@code <generatorName>devrev-moshi-java</generatorName>} and this artifact as a plugin dependency.
 */
public class MoshiJavaCodegen extends AbstractJavaCodegen {
  static final String NAME = "devrev-moshi-java";

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
        "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits",
        "builder", "toBuilder", "additionalProperties", "accept", "raw", "equals", "hashCode",
        "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize"));
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
    String modelDir = (sourceFolder.isEmpty() ? "" : sourceFolder + File.separator)
        + modelPackage().replace('.', File.separatorChar);
    for (String file : List.of("DevRevMoshi", "JsonValues", "ObjectJsonAdapter", "OffsetDateTimeJsonAdapter")) {
      supportingFiles.add(new SupportingFile(file + ".mustache", modelDir, file + ".java"));
    }
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
    SchemaFlattener.flatten(openAPI);
    super.preprocessOpenAPI(openAPI);
  }

  /** Objects without properties (empty members, all-label unions) stay models, not free-form maps. */
  @Override
  @SuppressWarnings("rawtypes")
  public Schema unaliasSchema(Schema schema) {
    if (schema != null && schema.get$ref() != null && openAPI != null && openAPI.getComponents() != null) {
      Schema target = openAPI.getComponents().getSchemas().get(SchemaFlattener.refName(schema.get$ref()));
      if (target != null && target.getExtensions() != null
          && Boolean.TRUE.equals(target.getExtensions().get(SchemaFlattener.X_MODEL))) {
        return schema;
      }
    }
    return super.unaliasSchema(schema);
  }

  @Override
  public void postProcessModelProperty(CodegenModel model, CodegenProperty property) {
    super.postProcessModelProperty(model, property);
    Map<String, Object> x = property.vendorExtensions;
    String field = property.datatypeWithEnum;
    x.put("x-field-type", field);
    x.put("x-adapter-type", typeExpression(property));
    x.put("x-json-name", escapeText(property.baseName));
    x.put("x-javadoc", Javadoc.lines(property.unescapedDescription));
    if (property.isArray) {
      x.put("x-copy", property.name + " == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(" + property.name + "))");
    } else if (property.isMap) {
      x.put("x-copy", property.name + " == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(" + property.name + "))");
    } else {
      x.put("x-copy", property.name);
    }
    if (property.isArray) {
      x.put("x-list", true);
      x.put("x-accessor-type", field);
      x.put("x-accessor-body", "return " + property.name + " == null ? java.util.List.of() : " + property.name + ";");
    } else if (property.required) {
      String primitive = primitive(field);
      x.put("x-accessor-type", primitive != null ? primitive : field);
      x.put("x-accessor-body", "return " + property.name + ";");
    } else {
      x.put("x-accessor-type", "java.util.Optional<" + field + ">");
      x.put("x-accessor-body", "return java.util.Optional.ofNullable(" + property.name + ");");
    }
  }

  private static String primitive(String boxed) {
    switch (boxed) {
      case "Boolean": return "boolean";
      case "Integer": return "int";
      case "Long": return "long";
      case "Float": return "float";
      case "Double": return "double";
      default: return null;
    }
  }

  /** The {@code java.lang.reflect.Type} expression Moshi needs to find the property's adapter. */
  private static String typeExpression(CodegenProperty property) {
    if ((property.isArray || property.isMap) && property.items == null) {
      throw new IllegalStateException("No item type for " + property.baseName + " (" + property.datatypeWithEnum + ")");
    }
    if (property.isArray) {
      return "com.squareup.moshi.Types.newParameterizedType(java.util.List.class, " + typeExpression(property.items) + ")";
    }
    if (property.isMap) {
      return "com.squareup.moshi.Types.newParameterizedType(java.util.Map.class, String.class, "
          + typeExpression(property.items) + ")";
    }
    String type = property.datatypeWithEnum;
    int generic = type.indexOf('<');
    return (generic < 0 ? type : type.substring(0, generic)) + ".class";
  }

  /** Models refer to each other in their own package; only JDK types need importing. */
  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    ModelsMap result = super.postProcessModels(objs);
    result.getImports().removeIf(entry -> !entry.getOrDefault("import", "").startsWith("java."));
    return result;
  }

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> all = super.postProcessAllModels(objs);
    Map<String, CodegenModel> bySchema = new LinkedHashMap<>();
    all.forEach((schema, models) -> {
      for (ModelMap map : models.getModels()) {
        bySchema.put(schema, map.getModel());
      }
    });
    bySchema.values().forEach(this::describeModel);
    bySchema.values().forEach(model -> describeUnion(model, bySchema));
    bySchema.values().forEach(model -> describeMember(model, bySchema));
    bySchema.values().forEach(model -> defaultSingleValueEnums(model, bySchema));
    return all;
  }

  /** Javadoc lines, the index of each property in the adapter's name table, and the names it skips. */
  @SuppressWarnings("unchecked")
  private void describeModel(CodegenModel model) {
    model.vendorExtensions.put("x-javadoc", Javadoc.lines(model.unescapedDescription));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < model.vars.size(); i++) {
      CodegenProperty property = model.vars.get(i);
      property.vendorExtensions.put("x-index", i);
      names.add("\"" + escapeText(property.baseName) + "\"");
    }
    List<String> skip = (List<String>) model.vendorExtensions.getOrDefault(SchemaFlattener.X_SKIP, List.of());
    skip.forEach(name -> names.add("\"" + escapeText(name) + "\""));
    model.vendorExtensions.put("x-names-literal", String.join(", ", names));
    model.vendorExtensions.put("x-has-skip", !skip.isEmpty());
    List<String> above = (List<String>) model.vendorExtensions.getOrDefault(SchemaFlattener.X_SKIP_ABOVE, List.of());
    List<String> quoted = new ArrayList<>();
    above.forEach(name -> quoted.add("\"" + escapeText(name) + "\""));
    model.vendorExtensions.put("x-skip-above-literal", String.join(", ", quoted));
  }

  @SuppressWarnings("unchecked")
  private void describeUnion(CodegenModel model, Map<String, CodegenModel> bySchema) {
    Map<String, Object> x = model.vendorExtensions;
    if (!Boolean.TRUE.equals(x.get(SchemaFlattener.X_UNION))) {
      return;
    }
    String property = (String) x.get(SchemaFlattener.X_DISCRIMINATOR);
    x.put("x-discriminator-json", property);
    x.put("x-discriminator-accessor", toVarName(property));
    List<Map<String, Object>> members = new ArrayList<>();
    for (Map<String, String> entry : (List<Map<String, String>>) x.get(SchemaFlattener.X_MEMBERS)) {
      CodegenModel member = bySchema.get(entry.get("schema"));
      if (member == null) {
        throw new IllegalStateException(model.name + " names a member that was not generated: " + entry.get("schema"));
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", escapeText(entry.get("label")));
      m.put("classname", member.classname);
      m.put("field", "member" + member.classname);
      m.put("json", escapeText(property));
      members.add(m);
    }
    x.put("x-union-members", members);
    x.put("x-union-has-members", !members.isEmpty());
  }

  /**
   * For a class (or union) reached through unions: which interfaces it implements, which label each
   * discriminator accessor returns, and which visitor method each union's {@code accept} calls.
   */
  @SuppressWarnings("unchecked")
  private void describeMember(CodegenModel model, Map<String, CodegenModel> bySchema) {
    List<Map<String, String>> parents = (List<Map<String, String>>) model.vendorExtensions.get(SchemaFlattener.X_PARENTS);
    if (parents == null) {
      return;
    }
    List<String> implementsList = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    List<Map<String, String>> accepts = new ArrayList<>();
    for (Map<String, String> parent : parents) {
      CodegenModel union = bySchema.get(parent.get("union"));
      if (union == null) {
        throw new IllegalStateException(model.name + " belongs to union " + parent.get("union")
            + ", which was not generated; models: " + bySchema.keySet());
      }
      implementsList.add(union.classname);
    }
    collectAncestors(model, model.classname, bySchema, labels, accepts);
    model.vendorExtensions.put("x-implements", String.join(", ", implementsList));
    List<Map<String, String>> labelList = new ArrayList<>();
    labels.forEach((accessor, label) -> labelList.add(Map.of("accessor", accessor, "label", escapeText(label))));
    model.vendorExtensions.put("x-labels", labelList);
    model.vendorExtensions.put("x-accepts", accepts);
  }

  @SuppressWarnings("unchecked")
  private void collectAncestors(CodegenModel child, String visitedAs, Map<String, CodegenModel> bySchema,
      Map<String, String> labels, List<Map<String, String>> accepts) {
    List<Map<String, String>> parents = (List<Map<String, String>>) child.vendorExtensions.get(SchemaFlattener.X_PARENTS);
    if (parents == null) {
      return;
    }
    for (Map<String, String> parent : parents) {
      CodegenModel union = bySchema.get(parent.get("union"));
      String accessor = toVarName((String) union.vendorExtensions.get(SchemaFlattener.X_DISCRIMINATOR));
      String previous = labels.putIfAbsent(accessor, parent.get("label"));
      if (previous != null && !previous.equals(parent.get("label"))) {
        throw new IllegalStateException(child.classname + " would need two values for " + accessor + "(): "
            + previous + " and " + parent.get("label"));
      }
      if (accepts.stream().noneMatch(a -> a.get("union").equals(union.classname))) {
        accepts.add(Map.of("union", union.classname, "visit", "visit" + child.classname));
      }
      collectAncestors(union, union.classname, bySchema, labels, accepts);
    }
  }

  /** A required property whose enum has one value (DevRev's {@code "type": "support"}) defaults to it. */
  private void defaultSingleValueEnums(CodegenModel model, Map<String, CodegenModel> bySchema) {
    for (CodegenProperty property : model.vars) {
      if (!property.required || property.isArray) {
        continue;
      }
      CodegenModel enumModel = bySchema.values().stream()
          .filter(m -> m.isEnum && m.classname.equals(property.datatypeWithEnum))
          .findFirst().orElse(null);
      if (enumModel == null) {
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> vars = (List<Map<String, Object>>) enumModel.allowableValues.get("enumVars");
      if (vars != null && vars.size() == 1) {
        property.vendorExtensions.put("x-default", enumModel.classname + "." + vars.get(0).get("name"));
      }
    }
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    for (CodegenOperation operation : result.getOperations().getOperation()) {
      // Retrofit resolves a path without a leading slash against the base URL's path.
      String path = operation.path.startsWith("/") ? operation.path.substring(1) : operation.path;
      operation.vendorExtensions.put("x-retrofit-path", path);
      operation.vendorExtensions.put("x-retrofit-method", operation.httpMethod.toUpperCase(Locale.ROOT));
      operation.vendorExtensions.put("x-javadoc", Javadoc.lines(operation.unescapedNotes));
    }
    return result;
  }

  @Override
  public String toApiName(String name) {
    return StringUtils.camelize(name.isEmpty() ? "default" : name) + "Api";
  }

}
