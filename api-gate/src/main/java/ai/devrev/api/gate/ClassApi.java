package ai.devrev.api.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.ModuleVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.TypeReference;

/**
 * What one class file contributes to the public API: its declaration line and one line per public or
 * protected member, with generic types and the annotations a caller sees.
 */
final class ClassApi extends ClassVisitor {
  String internalName;
  String name;
  int access;
  /** Set by the class's own InnerClasses entry: the enclosing class, or null for a top-level class. */
  String outer;
  boolean localOrAnonymous;
  String module;
  final List<String> moduleLines = new ArrayList<>();
  final List<String> exportedPackages = new ArrayList<>();
  final List<String> annotations = new ArrayList<>();
  private final List<String> permitted = new ArrayList<>();
  private Signature signature;
  /** Sort key to line; the key orders fields, constructors, methods, then by name. */
  private final TreeMap<String, String> members = new TreeMap<>();
  private final List<Runnable> pending = new ArrayList<>();

  ClassApi() {
    super(Opcodes.ASM9);
  }

  boolean isPackageInfo() {
    return internalName.endsWith("/package-info");
  }

  String packageName() {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
  }

  static boolean isVisible(int access) {
    return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
  }

  private boolean isFinal() {
    return (access & Opcodes.ACC_FINAL) != 0 || (access & Opcodes.ACC_ENUM) != 0 && permitted.isEmpty();
  }

  @Override
  public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
    this.internalName = name;
    this.name = name.replace('/', '.').replace('$', '.');
    this.access = access;
    this.signature = Signature.ofClass(signature, superName, interfaces);
  }

  @Override
  public ModuleVisitor visitModule(String name, int access, String version) {
    module = name;
    return new ModuleVisitor(Opcodes.ASM9) {
      @Override
      public void visitRequire(String required, int flags, String requiredVersion) {
        if ((flags & Opcodes.ACC_TRANSITIVE) != 0) {
          moduleLines.add("requires transitive " + required);
        }
      }

      @Override
      public void visitExport(String packaze, int flags, String... modules) {
        if (modules == null || modules.length == 0) {
          exportedPackages.add(packaze.replace('/', '.'));
          moduleLines.add("exports " + packaze.replace('/', '.'));
        }
      }
    };
  }

  @Override
  public void visitOuterClass(String owner, String method, String descriptor) {
    localOrAnonymous = true;
  }

  @Override
  public void visitInnerClass(String name, String outerName, String innerName, int access) {
    if (name.equals(internalName)) {
      this.access = access | (this.access & (Opcodes.ACC_ANNOTATION | Opcodes.ACC_ENUM | Opcodes.ACC_RECORD | Opcodes.ACC_DEPRECATED));
      this.outer = outerName;
      this.localOrAnonymous |= outerName == null || innerName == null;
    }
  }

  @Override
  public void visitPermittedSubclass(String permittedSubclass) {
    permitted.add(permittedSubclass.replace('/', '.').replace('$', '.'));
  }

  @Override
  public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
    return Annotations.reader(descriptor, annotations::add);
  }

  @Override
  public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
    TypeReference reference = new TypeReference(typeRef);
    return Annotations.reader(descriptor, text -> {
      switch (reference.getSort()) {
        case TypeReference.CLASS_EXTENDS:
          int index = reference.getSuperTypeIndex();
          JavaType type = index < 0 ? signature.superclass : at(signature.interfaces, index);
          if (type != null) {
            type.annotate(typePath, 0, text);
          }
          break;
        case TypeReference.CLASS_TYPE_PARAMETER_BOUND:
          annotateBound(signature, reference, typePath, text);
          break;
        default:
          break;
      }
    });
  }

  @Override
  public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
    if (!isMember(access)) {
      return null;
    }
    JavaType type = Signature.ofField(descriptor, signature);
    List<String> declared = new ArrayList<>();
    pending.add(() -> members.put("0 " + name, prefix(declared) + modifiers(access, false) + type.render() + " " + name
        + (value == null ? "" : " = " + Annotations.literal(value))));
    return new FieldVisitor(Opcodes.ASM9) {
      @Override
      public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return Annotations.reader(descriptor, declared::add);
      }

      @Override
      public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
        return Annotations.reader(descriptor, text -> type.annotate(typePath, 0, text));
      }
    };
  }

  @Override
  public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
    if (!isMember(access) || (access & Opcodes.ACC_BRIDGE) != 0 || name.equals("<clinit>")) {
      return null;
    }
    Signature method = Signature.ofMethod(descriptor, signature, exceptions);
    List<String> declared = new ArrayList<>();
    List<List<String>> parameterAnnotations = new ArrayList<>();
    method.parameters.forEach(parameter -> parameterAnnotations.add(new ArrayList<>()));
    int[] annotable = {method.parameters.size(), method.parameters.size()};
    boolean constructor = name.equals("<init>");
    String[] defaultValue = new String[1];
    pending.add(() -> {
      if ((access & Opcodes.ACC_VARARGS) != 0 && !method.parameters.isEmpty()
          && method.parameters.get(method.parameters.size() - 1) instanceof JavaType.Array) {
        ((JavaType.Array) method.parameters.get(method.parameters.size() - 1)).varargs = true;
      }
      StringBuilder line = new StringBuilder(prefix(declared)).append(modifiers(access, true));
      String typeParameters = method.renderTypeParameters();
      if (!typeParameters.isEmpty()) {
        line.append(typeParameters).append(' ');
      }
      if (!constructor) {
        line.append(method.returnType.render()).append(' ');
      }
      line.append(constructor ? this.name.substring(this.name.lastIndexOf('.') + 1) : name).append('(');
      for (int i = 0; i < method.parameters.size(); i++) {
        line.append(i == 0 ? "" : ", ").append(prefix(parameterAnnotations.get(i))).append(method.parameters.get(i).render());
      }
      line.append(')');
      if (defaultValue[0] != null) {
        line.append(" default ").append(defaultValue[0]);
      }
      if (!method.exceptions.isEmpty()) {
        List<String> thrown = new ArrayList<>();
        method.exceptions.forEach(exception -> thrown.add(exception.render()));
        line.append(" throws ").append(String.join(", ", thrown));
      }
      members.put((constructor ? "1 " : "2 ") + name + " " + line, line.toString());
    });
    return new MethodVisitor(Opcodes.ASM9) {
      @Override
      public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return Annotations.reader(descriptor, declared::add);
      }

      @Override
      public AnnotationVisitor visitAnnotationDefault() {
        return Annotations.value(text -> defaultValue[0] = text);
      }

      @Override
      public void visitAnnotableParameterCount(int count, boolean visible) {
        annotable[visible ? 0 : 1] = count;
      }

      @Override
      public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
        // javac leaves synthetic leading parameters (an inner class's outer instance) out of the count.
        int index = parameter + method.parameters.size() - annotable[visible ? 0 : 1];
        return index < 0 || index >= parameterAnnotations.size() ? null
            : Annotations.reader(descriptor, parameterAnnotations.get(index)::add);
      }

      @Override
      public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
        TypeReference reference = new TypeReference(typeRef);
        return Annotations.reader(descriptor, text -> {
          JavaType type = null;
          switch (reference.getSort()) {
            case TypeReference.METHOD_RETURN:
              type = method.returnType;
              break;
            case TypeReference.METHOD_FORMAL_PARAMETER:
              type = at(method.parameters, reference.getFormalParameterIndex());
              break;
            case TypeReference.THROWS:
              type = at(method.exceptions, reference.getExceptionIndex());
              break;
            case TypeReference.METHOD_TYPE_PARAMETER_BOUND:
              annotateBound(method, reference, typePath, text);
              break;
            default:
              break;
          }
          if (type != null && !(constructor && reference.getSort() == TypeReference.METHOD_RETURN)) {
            type.annotate(typePath, 0, text);
          }
        });
      }
    };
  }

  private static void annotateBound(Signature signature, TypeReference reference, TypePath path, String text) {
    int parameter = reference.getTypeParameterIndex();
    if (parameter < signature.typeParameters.size()) {
      List<JavaType> bounds = signature.typeParameters.get(parameter).bounds;
      // Index 0 is the class bound; an interface-only parameter has no entry for it.
      int index = reference.getTypeParameterBoundIndex();
      JavaType bound = at(bounds, bounds.size() > index ? index : index - 1);
      if (bound != null) {
        bound.annotate(path, 0, text);
      }
    }
  }

  private static <T> T at(List<T> list, int index) {
    return index >= 0 && index < list.size() ? list.get(index) : null;
  }

  private boolean isMember(int memberAccess) {
    if ((memberAccess & Opcodes.ACC_SYNTHETIC) != 0) {
      return false;
    }
    if ((memberAccess & Opcodes.ACC_PUBLIC) != 0) {
      return true;
    }
    // A protected member of a final class is reachable only from its own package.
    return (memberAccess & Opcodes.ACC_PROTECTED) != 0 && !isFinal();
  }

  @Override
  public void visitEnd() {
    pending.forEach(Runnable::run);
  }

  private String modifiers(int memberAccess, boolean method) {
    StringBuilder text = new StringBuilder((memberAccess & Opcodes.ACC_PUBLIC) != 0 ? "public " : "protected ");
    boolean inInterface = (access & Opcodes.ACC_INTERFACE) != 0;
    if ((memberAccess & Opcodes.ACC_STATIC) != 0) {
      text.append("static ");
    }
    if (method && inInterface && (memberAccess & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0) {
      text.append("default ");
    }
    if ((memberAccess & Opcodes.ACC_ABSTRACT) != 0) {
      text.append("abstract ");
    }
    if ((memberAccess & Opcodes.ACC_FINAL) != 0) {
      text.append("final ");
    }
    return text.toString();
  }

  private static String prefix(List<String> annotations) {
    return annotations.isEmpty() ? "" : String.join(" ", annotations) + " ";
  }

  /** The declaration line, e.g. {@code public final class a.B<T> extends a.C implements a.D}. */
  String header() {
    StringBuilder text = new StringBuilder(prefix(annotations));
    text.append((access & Opcodes.ACC_PUBLIC) != 0 ? "public " : "protected ");
    if (outer != null && (access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_INTERFACE) == 0
        && (access & (Opcodes.ACC_ENUM | Opcodes.ACC_RECORD)) == 0) {
      text.append("static ");
    }
    boolean isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
    boolean isEnumOrRecord = (access & (Opcodes.ACC_ENUM | Opcodes.ACC_RECORD)) != 0;
    if (!permitted.isEmpty()) {
      text.append("sealed ");
    }
    if (!isInterface && (access & Opcodes.ACC_ABSTRACT) != 0 && !isEnumOrRecord) {
      text.append("abstract ");
    }
    if (!isInterface && !isEnumOrRecord && (access & Opcodes.ACC_FINAL) != 0) {
      text.append("final ");
    }
    String kind = (access & Opcodes.ACC_ANNOTATION) != 0 ? "@interface"
        : isInterface ? "interface"
        : (access & Opcodes.ACC_ENUM) != 0 ? "enum"
        : (access & Opcodes.ACC_RECORD) != 0 ? "record" : "class";
    text.append(kind).append(' ').append(name).append(signature.renderTypeParameters());
    JavaType superclass = signature.superclass;
    if (superclass != null && !kind.equals("interface") && !kind.equals("@interface")
        && !(superclass instanceof JavaType.Named && ((JavaType.Named) superclass).isObject())
        && !kind.equals("enum") && !kind.equals("record")) {
      text.append(" extends ").append(superclass.render());
    }
    List<String> interfaces = new ArrayList<>();
    signature.interfaces.forEach(type -> {
      String rendered = type.render();
      if (!(kind.equals("@interface") && rendered.equals("java.lang.annotation.Annotation"))) {
        interfaces.add(rendered);
      }
    });
    if (!interfaces.isEmpty()) {
      text.append(isInterface ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    if (!permitted.isEmpty()) {
      text.append(" permits ").append(String.join(", ", permitted.stream().sorted().toArray(String[]::new)));
    }
    return text.toString();
  }

  List<String> memberLines() {
    return new ArrayList<>(members.values());
  }
}
