package ai.devrev.codegen.moshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator on DevRev's whole published document: every schema becomes code that compiles as
 * strictly as the product's, and every object and union decodes and re-encodes its examples and
 * random instances made from its schema (unions with their labels) to equal JSON, with no problem
 * recorded.
 */
class WholeDocumentTest {
  private static final int INSTANCES = 3;

  @TempDir Path out;

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void everySchemaCompilesAndRoundTripsItsExamplesAndRandomInstances() throws Exception {
    Path document = Path.of(System.getProperty("devrev.reference.spec", "../../shared/reference/devrev-openapi-public.yaml"));
    assumeTrue(Files.isRegularFile(document), "DevRev's published document is not at " + document.toAbsolutePath());
    GeneratedFixture generated = GeneratedFixture.compile(GeneratedFixture.parse(document.toUri().toString()), out, "devrev");

    OpenAPI original = GeneratedFixture.parse(document.toUri().toString());
    OpenAPI flattened = GeneratedFixture.parse(document.toUri().toString());
    SchemaFlattener.flatten(flattened, document.toString());
    Map<String, Schema> schemas = flattened.getComponents().getSchemas();
    TypePlan plan = new TypePlan(schemas, "devrev.model");
    Moshi moshi = generated.moshi(false);
    JsonAdapter<Object> tree = moshi.adapter(Object.class);
    Instances instances = new Instances(schemas, plan, new Random(20240124));

    int objects = 0;
    int examples = 0;
    List<String> failures = new ArrayList<>();
    for (TypePlan.Decl decl : plan.all()) {
      if (decl.shape == TypePlan.Shape.ENUM) {
        continue;
      }
      objects++;
      JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(generated.model(binaryName(decl)));
      List<Object> values = new ArrayList<>();
      Schema source = original.getComponents().getSchemas().get(decl.schema);
      if (source != null && source.getExample() != null) {
        values.add(tree.fromJson(io.swagger.v3.core.util.Json.mapper().writeValueAsString(source.getExample())));
        examples++;
      }
      values.add(instances.withExamples(decl));
      for (int i = 0; i < INSTANCES; i++) {
        values.add(instances.of(decl));
      }
      for (Object value : values) {
        String json = tree.toJson(value);
        try {
          Object decoded = adapter.fromJson(json);
          List<?> problems = (List<?>) method(decoded, "problems").invoke(decoded);
          Object again = tree.fromJson(adapter.toJson(decoded));
          if (!problems.isEmpty() || !again.equals(tree.fromJson(json))) {
            failures.add(decl.schema + ": " + json + (problems.isEmpty() ? " re-encoded as " + adapter.toJson(decoded) : " " + problems));
          }
        } catch (Exception e) {
          failures.add(decl.schema + ": " + json + " failed: " + e);
        }
      }
    }
    assertThat(objects).as("objects and unions generated").isGreaterThan(800);
    assertThat(instances.examplesUsed).as("the document's property examples used").isGreaterThan(100);
    assertThat(failures).as("%d objects and unions, %d with examples of their own", objects, examples).isEmpty();
  }

  private static Method method(Object target, String name) throws NoSuchMethodException {
    Method method = target.getClass().getMethod(name);
    method.setAccessible(true);
    return method;
  }

  private static String binaryName(TypePlan.Decl decl) {
    return decl.parent == null ? decl.simpleName : binaryName(decl.parent) + "$" + decl.simpleName;
  }
}
