package ai.devrev.api.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dump shows what a caller can use, with full signatures and the annotations that matter, nothing else. */
class ApiDumpTest {
  @TempDir Path work;

  static final Map<String, String> SOURCES = Map.of(
      "p/Nullable.java", "package p;\n"
          + "import java.lang.annotation.*;\n"
          + "@Target({ElementType.TYPE_USE}) @Retention(RetentionPolicy.CLASS)\n"
          + "public @interface Nullable {}\n",
      "p/Marked.java", "package p;\n"
          + "import java.lang.annotation.*;\n"
          + "@Target({ElementType.PACKAGE, ElementType.TYPE}) @Retention(RetentionPolicy.RUNTIME)\n"
          + "public @interface Marked { String value() default \"\"; }\n",
      "p/package-info.java", "@Marked(\"all\") package p;\n",
      "p/Client.java", "package p;\n"
          + "import java.util.*;\n"
          + "public class Client<T extends Comparable<T>> implements AutoCloseable {\n"
          + "  public static final String VERSION = \"2024-01-24\";\n"
          + "  public final @Nullable String name = null;\n"
          + "  protected int retries;\n"
          + "  private int secret;\n"
          + "  int packagePrivate;\n"
          + "  public Client(String name) {}\n"
          + "  public List<@Nullable String> names(Map<String, ? extends T> byName, int... counts) throws java.io.IOException { return null; }\n"
          + "  public <R> @Nullable R first(Class<R> type) { return null; }\n"
          + "  protected void hook() {}\n"
          + "  @Deprecated public void old() {}\n"
          + "  @Override public void close() {}\n"
          + "  public static final class Builder { public Builder() {} public Client<String> build() { return null; } }\n"
          + "  private static final class Hidden { public void nope() {} }\n"
          + "  public String[] @Nullable [] grid() { return null; }\n"
          + "}\n",
      "p/Kind.java", "package p;\npublic enum Kind { DEV_USER, REV_USER; public String label() { return name(); } }\n",
      "p/Visitor.java", "package p;\npublic interface Visitor<R> { R visit(String label); default R unknown() { return null; } static int count() { return 0; } }\n",
      "p/Internal.java", "package p;\nfinal class Internal { public static class Nested { public void x() {} } }\n",
      "p/Sealed.java", "package p;\npublic final class Sealed { protected void notReachable() {} }\n");

  @Test
  void dumpsPublicAndProtectedMembersWithFullSignatures() throws Exception {
    String dump = ApiDump.of(Compiler.compile(work, SOURCES));

    assertThat(dump).contains(
        "public class p.Client<T extends java.lang.Comparable<T>> implements java.lang.AutoCloseable {\n"
            + "  public static final java.lang.String VERSION = \"2024-01-24\"\n"
            + "  public final @p.Nullable java.lang.String name\n"
            + "  protected int retries\n"
            + "  public Client(java.lang.String)\n"
            + "  public void close()\n"
            + "  public <R> @p.Nullable R first(java.lang.Class<R>)\n"
            + "  public java.lang.String[] @p.Nullable [] grid()\n"
            + "  protected void hook()\n"
            + "  public java.util.List<@p.Nullable java.lang.String> names(java.util.Map<java.lang.String, ? extends T>, int...) throws java.io.IOException\n"
            + "  @java.lang.Deprecated public void old()\n"
            + "}\n",
        "public static final class p.Client.Builder {\n  public Builder()\n  public p.Client<java.lang.String> build()\n}\n",
        "public enum p.Kind {\n  public static final p.Kind DEV_USER\n",
        "public interface p.Visitor<R> {\n  public static int count()\n  public default R unknown()\n  public abstract R visit(java.lang.String)\n}\n");
    assertThat(dump).startsWith("@p.Marked(\"all\") package p\n\n");
    assertThat(dump).contains("  public abstract java.lang.String value() default \"\"\n");
  }

  @Test
  void leavesOutWhatNoCallerCanReach() throws Exception {
    String dump = ApiDump.of(Compiler.compile(work, SOURCES));

    assertThat(dump).doesNotContain("secret", "packagePrivate", "Hidden", "nope", "Internal", "notReachable", "$");
    assertThat(dump).contains("public final class p.Sealed {\n  public Sealed()\n}\n");
  }

  @Test
  void aModuleLimitsTheApiToItsExportedPackages() throws Exception {
    String dump = ApiDump.of(Compiler.compile(work, Map.of(
        "module-info.java", "module m { exports p; requires transitive java.sql; }\n",
        "p/Open.java", "package p;\npublic class Open { public java.sql.Date when() { return null; } }\n",
        "q/Hidden.java", "package q;\npublic class Hidden { public void internal() {} }\n")));

    assertThat(dump).startsWith("module m {\n  exports p\n  requires transitive java.sql\n}\n\n");
    assertThat(dump).contains("public class p.Open {").doesNotContain("q.Hidden", "internal()");
  }

  @Test
  void isTheSameForTheSameCodeAndSorted() throws Exception {
    Path classes = Compiler.compile(work, SOURCES);

    assertThat(ApiDump.of(classes)).isEqualTo(ApiDump.of(classes));
    assertThat(ApiDump.entries(ApiDump.of(classes))).contains(
        "p.Client: public class p.Client<T extends java.lang.Comparable<T>> implements java.lang.AutoCloseable",
        "p.Client: protected void hook()",
        "p.Client.Builder: public p.Client<java.lang.String> build()");
  }
}
