package ai.devrev.api.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Renders annotations kept in class files ({@code @Deprecated}, {@code @Nullable}, Retrofit's
 * {@code @POST("...")}) as source writes them, values included: they are part of what callers rely on.
 */
final class Annotations {
  /** Compiler bookkeeping that says nothing to a caller. */
  private static final Set<String> IGNORED = Set.of("kotlin.Metadata", "kotlin.jvm.internal.SourceDebugExtension",
      "jdk.internal.ValueBased", "jdk.internal.vm.annotation.IntrinsicCandidate");

  private Annotations() {}

  /** A visitor that renders the annotation of {@code descriptor} and hands it to {@code sink}; null to skip it. */
  static AnnotationVisitor reader(String descriptor, Consumer<String> sink) {
    String name = Type.getType(descriptor).getClassName().replace('$', '.');
    if (IGNORED.contains(name)) {
      return null;
    }
    return new Reader(name, sink);
  }

  /** A visitor for one annotation element's value (an annotation method's {@code default}). */
  static AnnotationVisitor value(Consumer<String> sink) {
    return new Reader("", sink) {
      @Override
      public void visitEnd() {
        sink.accept(values.isEmpty() ? "" : values.get(0));
      }
    };
  }

  private static class Reader extends AnnotationVisitor {
    private final String name;
    private final Consumer<String> sink;
    final List<String> names = new ArrayList<>();
    final List<String> values = new ArrayList<>();

    Reader(String name, Consumer<String> sink) {
      super(Opcodes.ASM9);
      this.name = name;
      this.sink = sink;
    }

    @Override
    public void visit(String element, Object value) {
      add(element, literal(value));
    }

    @Override
    public void visitEnum(String element, String descriptor, String value) {
      add(element, Type.getType(descriptor).getClassName().replace('$', '.') + "." + value);
    }

    @Override
    public AnnotationVisitor visitAnnotation(String element, String descriptor) {
      return new Reader(Type.getType(descriptor).getClassName().replace('$', '.'), text -> add(element, text));
    }

    @Override
    public AnnotationVisitor visitArray(String element) {
      List<String> items = new ArrayList<>();
      return new AnnotationVisitor(Opcodes.ASM9) {
        @Override
        public void visit(String ignored, Object value) {
          items.add(literal(value));
        }

        @Override
        public void visitEnum(String ignored, String descriptor, String value) {
          items.add(Type.getType(descriptor).getClassName().replace('$', '.') + "." + value);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String ignored, String descriptor) {
          return new Reader(Type.getType(descriptor).getClassName().replace('$', '.'), items::add);
        }

        @Override
        public void visitEnd() {
          add(element, "{" + String.join(", ", items) + "}");
        }
      };
    }

    private void add(String element, String value) {
      names.add(element);
      values.add(value);
    }

    @Override
    public void visitEnd() {
      StringBuilder text = new StringBuilder("@").append(name);
      if (names.size() == 1 && "value".equals(names.get(0))) {
        text.append('(').append(values.get(0)).append(')');
      } else if (!names.isEmpty()) {
        text.append('(');
        for (int i = 0; i < names.size(); i++) {
          text.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ").append(values.get(i));
        }
        text.append(')');
      }
      sink.accept(text.toString());
    }
  }

  /** A constant as Java source writes it. */
  static String literal(Object value) {
    if (value instanceof String) {
      return quote((String) value, '"');
    }
    if (value instanceof Character) {
      return quote(String.valueOf(value), '\'');
    }
    if (value instanceof Type) {
      return ((Type) value).getClassName().replace('$', '.') + ".class";
    }
    if (value instanceof Long) {
      return value + "L";
    }
    if (value instanceof Float) {
      return value + "F";
    }
    if (value != null && value.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      int length = java.lang.reflect.Array.getLength(value);
      for (int i = 0; i < length; i++) {
        items.add(literal(java.lang.reflect.Array.get(value, i)));
      }
      return "{" + String.join(", ", items) + "}";
    }
    return String.valueOf(value);
  }

  private static String quote(String text, char quote) {
    StringBuilder out = new StringBuilder().append(quote);
    for (char c : text.toCharArray()) {
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }
}
