package ai.devrev.api.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * A Java type read from a class file's descriptor or generic signature, rendered as Java source would
 * write it, with its type-use annotations ({@code @Nullable}) in place.
 */
abstract class JavaType {
  final List<String> annotations = new ArrayList<>();

  abstract String render();

  String prefix() {
    return annotations.isEmpty() ? "" : String.join(" ", annotations) + " ";
  }

  /** Attaches a type-use annotation at {@code path} (null: this type itself). */
  void annotate(TypePath path, int step, String annotation) {
    if (path == null || step >= path.getLength()) {
      annotations.add(annotation);
      return;
    }
    JavaType inner = step(path.getStep(step), path.getStepArgument(step));
    (inner == null ? this : inner).annotate(path, step + 1, annotation);
  }

  /** The type one step of a type path leads to, or null where the step does not apply. */
  JavaType step(int kind, int argument) {
    return null;
  }

  static final class Primitive extends JavaType {
    private final String name;

    Primitive(char descriptor) {
      switch (descriptor) {
        case 'Z': name = "boolean"; break;
        case 'B': name = "byte"; break;
        case 'C': name = "char"; break;
        case 'S': name = "short"; break;
        case 'I': name = "int"; break;
        case 'J': name = "long"; break;
        case 'F': name = "float"; break;
        case 'D': name = "double"; break;
        default: name = "void";
      }
    }

    @Override
    String render() {
      return prefix() + name;
    }
  }

  static final class Variable extends JavaType {
    private final String name;

    Variable(String name) {
      this.name = name;
    }

    @Override
    String render() {
      return prefix() + name;
    }
  }

  static final class Array extends JavaType {
    final JavaType component;
    boolean varargs;

    Array(JavaType component) {
      this.component = component;
    }

    @Override
    JavaType step(int kind, int argument) {
      return kind == TypePath.ARRAY_ELEMENT ? component : null;
    }

    /**
     * As source writes it: the element type, then the brackets from the outermost array in, each after
     * its own annotations ({@code String @A [] @B []} is an {@code @A} array of {@code @B} arrays).
     */
    @Override
    String render() {
      StringBuilder brackets = new StringBuilder();
      JavaType element = this;
      while (element instanceof Array) {
        Array array = (Array) element;
        brackets.append(array.annotations.isEmpty() ? "" : " " + String.join(" ", array.annotations) + " ")
            .append(array.varargs ? "..." : "[]");
        element = array.component;
      }
      return element.render() + brackets;
    }
  }

  static final class Wildcard extends JavaType {
    private final char kind;
    private final JavaType bound;

    Wildcard(char kind, JavaType bound) {
      this.kind = kind;
      this.bound = bound;
    }

    @Override
    JavaType step(int step, int argument) {
      return step == TypePath.WILDCARD_BOUND ? bound : null;
    }

    @Override
    String render() {
      if (bound == null) {
        return prefix() + "?";
      }
      return prefix() + "? " + (kind == SignatureVisitor.EXTENDS ? "extends " : "super ") + bound.render();
    }
  }

  /** A class or interface type; nested names are joined with dots, as in source. */
  static final class Named extends JavaType {
    String name;
    final List<JavaType> arguments = new ArrayList<>();

    Named(String internalName) {
      this.name = internalName.replace('/', '.').replace('$', '.');
    }

    boolean isObject() {
      return name.equals("java.lang.Object") && annotations.isEmpty();
    }

    @Override
    JavaType step(int kind, int argument) {
      return kind == TypePath.TYPE_ARGUMENT && argument < arguments.size() ? arguments.get(argument) : null;
    }

    @Override
    String render() {
      StringBuilder text = new StringBuilder(prefix()).append(name);
      if (!arguments.isEmpty()) {
        text.append('<');
        for (int i = 0; i < arguments.size(); i++) {
          text.append(i == 0 ? "" : ", ").append(arguments.get(i).render());
        }
        text.append('>');
      }
      return text.toString();
    }
  }

  /** Builds one type from signature events and hands it to {@code sink} when complete. */
  static final class Reader extends SignatureVisitor {
    private final Consumer<JavaType> sink;
    private Named named;

    Reader(Consumer<JavaType> sink) {
      super(Opcodes.ASM9);
      this.sink = sink;
    }

    @Override
    public void visitBaseType(char descriptor) {
      sink.accept(new Primitive(descriptor));
    }

    @Override
    public void visitTypeVariable(String name) {
      sink.accept(new Variable(name));
    }

    @Override
    public SignatureVisitor visitArrayType() {
      return new Reader(component -> sink.accept(new Array(component)));
    }

    @Override
    public void visitClassType(String name) {
      named = new Named(name);
    }

    @Override
    public void visitInnerClassType(String name) {
      // Outer<A>.Inner: the outer's arguments stay in the name.
      named.name = named.render() + "." + name;
      named.arguments.clear();
    }

    @Override
    public void visitTypeArgument() {
      named.arguments.add(new Wildcard('*', null));
    }

    @Override
    public SignatureVisitor visitTypeArgument(char wildcard) {
      Named owner = named;
      if (wildcard == INSTANCEOF) {
        return new Reader(owner.arguments::add);
      }
      return new Reader(bound -> owner.arguments.add(new Wildcard(wildcard, bound)));
    }

    @Override
    public void visitEnd() {
      sink.accept(named);
    }
  }
}
