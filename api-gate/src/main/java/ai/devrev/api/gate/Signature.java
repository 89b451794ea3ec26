package ai.devrev.api.gate;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/** The parts of a class or method signature (generic when the class file has one, else its descriptor). */
final class Signature extends SignatureVisitor {
  /** {@code <T extends Comparable<T>>}: a name and its bounds. */
  static final class TypeParameter {
    final String name;
    final List<JavaType> bounds = new ArrayList<>();

    TypeParameter(String name) {
      this.name = name;
    }

    String render() {
      List<String> shown = new ArrayList<>();
      for (JavaType bound : bounds) {
        if (!(bound instanceof JavaType.Named && ((JavaType.Named) bound).isObject())) {
          shown.add(bound.render());
        }
      }
      return shown.isEmpty() ? name : name + " extends " + String.join(" & ", shown);
    }
  }

  final List<TypeParameter> typeParameters = new ArrayList<>();
  final List<JavaType> parameters = new ArrayList<>();
  final List<JavaType> exceptions = new ArrayList<>();
  final List<JavaType> interfaces = new ArrayList<>();
  JavaType returnType;
  JavaType superclass;

  private Signature() {
    super(Opcodes.ASM9);
  }

  static Signature ofMethod(String descriptor, String signature, String[] exceptions) {
    Signature parsed = new Signature();
    new SignatureReader(signature != null ? signature : descriptor).accept(parsed);
    if (parsed.exceptions.isEmpty() && exceptions != null) {
      for (String exception : exceptions) {
        parsed.exceptions.add(new JavaType.Named(exception));
      }
    }
    return parsed;
  }

  static Signature ofClass(String signature, String superName, String[] interfaceNames) {
    Signature parsed = new Signature();
    if (signature != null) {
      new SignatureReader(signature).accept(parsed);
      return parsed;
    }
    parsed.superclass = superName == null ? null : new JavaType.Named(superName);
    for (String name : interfaceNames) {
      parsed.interfaces.add(new JavaType.Named(name));
    }
    return parsed;
  }

  static JavaType ofField(String descriptor, String signature) {
    JavaType[] type = new JavaType[1];
    new SignatureReader(signature != null ? signature : descriptor).acceptType(new JavaType.Reader(t -> type[0] = t));
    return type[0];
  }

  String renderTypeParameters() {
    if (typeParameters.isEmpty()) {
      return "";
    }
    List<String> rendered = new ArrayList<>();
    typeParameters.forEach(parameter -> rendered.add(parameter.render()));
    return "<" + String.join(", ", rendered) + ">";
  }

  @Override
  public void visitFormalTypeParameter(String name) {
    typeParameters.add(new TypeParameter(name));
  }

  @Override
  public SignatureVisitor visitClassBound() {
    return new JavaType.Reader(last().bounds::add);
  }

  @Override
  public SignatureVisitor visitInterfaceBound() {
    return new JavaType.Reader(last().bounds::add);
  }

  private TypeParameter last() {
    return typeParameters.get(typeParameters.size() - 1);
  }

  @Override
  public SignatureVisitor visitSuperclass() {
    return new JavaType.Reader(type -> superclass = type);
  }

  @Override
  public SignatureVisitor visitInterface() {
    return new JavaType.Reader(interfaces::add);
  }

  @Override
  public SignatureVisitor visitParameterType() {
    return new JavaType.Reader(parameters::add);
  }

  @Override
  public SignatureVisitor visitReturnType() {
    return new JavaType.Reader(type -> returnType = type);
  }

  @Override
  public SignatureVisitor visitExceptionType() {
    return new JavaType.Reader(exceptions::add);
  }
}
