package dk.kvalitetsstandard.standardfile;

import dk.kvalitetsstandard.standard.QualityStandard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import tools.jackson.databind.JsonNode;

/**
 * Compiles a standard file into Java: a class whose {@code standard()} builds, with the model's
 * builders, the standard the file holds. A module runs it when it is built, so that its provider
 * gives the standard without reading YAML at run time ({@link StandardFileProvider}): binding a file
 * starts Jackson, its YAML parser and the introspection of every value type, which costs far more at
 * the start of a program than running the builders.
 *
 * <p>The file is read as {@link StandardFile#read} reads it, and the code sets exactly the elements
 * that Jackson writes for the standard read ({@link StandardFile#write}), each to the value read, so
 * the class builds a standard equal to the file's. The conformance kit checks that it does ({@code
 * PluginCheck}).
 *
 * <pre>{@code
 * java dk.kvalitetsstandard.standardfile.StandardFileCompiler \
 *     src/main/resources/dk/kvalitetsstandard/odsherred/odsherred.yaml \
 *     target/generated-sources/standard dk.kvalitetsstandard.odsherred.OdsherredStandardData
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class StandardFileCompiler {

  private StandardFileCompiler() {}

  /**
   * Compiles a standard file into a Java source file.
   *
   * @param args the standard file, the directory of the sources written (the package's directories
   *     are made in it), and the fully qualified name of the class to write
   * @throws IOException if the file cannot be read or the source cannot be written
   * @throws InvalidStandardFileException if the file is not a standard
   * @throws IllegalArgumentException if there are not three arguments
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: StandardFileCompiler FILE SOURCE-DIRECTORY CLASS-NAME");
    }
    Path file = Path.of(args[0]);
    String className = args[2];
    QualityStandard standard;
    try (InputStream in = Files.newInputStream(file)) {
      standard = StandardFile.read(in, file.getFileName().toString());
    }
    Path target = Path.of(args[1]).resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(target.getParent());
    String source = javaSource(standard, className, file.getFileName().toString());
    if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(source)) {
      Files.writeString(target, source, StandardCharsets.UTF_8);
    }
  }

  /**
   * Writes the Java source of a package-private class whose static method {@code standard()} builds a
   * standard.
   *
   * @param standard the standard, as read from its file; not null
   * @param className the fully qualified name of the class, in a named package; not null
   * @param fileName the name of the standard's file, for the class comment; not null
   * @return the source, in ASCII (any other character of a text is written as an escape)
   * @throws IllegalArgumentException if the standard holds a value that has no Java literal here
   */
  public static String javaSource(QualityStandard standard, String className, String fileName) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(fileName, "fileName");
    int dot = className.lastIndexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException("the class " + className + " is in no package");
    }
    Writer writer = new Writer();
    String body = writer.value(standard, QualityStandard.class, StandardFile.tree(standard), 0, 2);
    StringBuilder out = new StringBuilder()
        .append("package ").append(className, 0, dot).append(";\n\n")
        .append("/**\n * The standard of {@code ").append(fileName.replaceAll("[^A-Za-z0-9._-]", "_"))
        .append("}, compiled from the file when this module was built (by {@link\n")
        .append(" * dk.kvalitetsstandard.standardfile.StandardFileCompiler}); do not edit.\n */\n")
        .append("final class ").append(className, dot + 1, className.length()).append(" {\n\n")
        .append("  private ").append(className, dot + 1, className.length()).append("() {}\n\n")
        .append("  /** {@return the standard of the file, built anew on each call} */\n")
        .append("  static ").append(QualityStandard.class.getName()).append(" standard() {\n")
        .append("    return ").append(body).append(";\n  }\n");
    for (String method : writer.methods) {
      out.append('\n').append(method);
    }
    return out.append("}\n").toString();
  }

  /**
   * Writes values as Java expressions; each element of the standard's own lists and each of its
   * own value elements becomes a method of its own, which keeps every method far below the size
   * limit of the class file.
   */
  private static final class Writer {

    private final List<String> methods = new ArrayList<>();

    /**
     * A Java expression of {@code value}, whose declared type is {@code type} and whose form as
     * Jackson writes it is {@code node}; {@code depth} is the nesting of value types, {@code indent}
     * the indentation of the lines that continue the expression, in steps of four spaces.
     */
    String value(Object value, Type type, JsonNode node, int depth, int indent) {
      Class<?> raw = raw(type);
      if (raw == Optional.class) {
        return value(((Optional<?>) value).orElseThrow(), argument(type), node, depth, indent);
      }
      if (raw == List.class || raw == Set.class || raw == SortedSet.class) {
        List<String> elements = new ArrayList<>();
        int i = 0;
        for (Object element : (Collection<?>) value) {
          elements.add(value(element, argument(type), node.get(i++), depth, indent));
        }
        return "java.util.List.of(" + String.join(", ", elements) + ")";
      }
      if (value instanceof String text) {
        return literal(text);
      }
      if (value instanceof Integer || value instanceof Boolean) {
        return value.toString();
      }
      if (value instanceof Long number) {
        return number + "L";
      }
      if (value instanceof Enum<?> constant) {
        return constant.getDeclaringClass().getCanonicalName() + "." + constant.name();
      }
      if (value instanceof LocalDate date) {
        return "java.time.LocalDate.of(" + date.getYear() + ", " + date.getMonthValue() + ", " + date.getDayOfMonth() + ")";
      }
      if (builder(raw).isPresent()) {
        if (depth != 1) {
          return built(value, raw, node, depth, indent);
        }
        String built = built(value, raw, node, depth, 2);
        String name = raw.getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT)
            + raw.getSimpleName().substring(1) + methods.size();
        methods.add("  private static " + raw.getCanonicalName() + " " + name + "() {\n    return " + built + ";\n  }\n");
        return name + "()";
      }
      throw new IllegalArgumentException("a standard file holds no " + type.getTypeName() + " (" + value + ")");
    }

    /** {@code raw.builder()}, each element Jackson writes set to its value, {@code .build()}. */
    private String built(Object value, Class<?> raw, JsonNode node, int depth, int indent) {
      String newLine = "\n" + "    ".repeat(indent);
      StringBuilder code = new StringBuilder(raw.getCanonicalName()).append(".builder()");
      for (Map.Entry<String, JsonNode> element : node.properties()) {
        Method accessor;
        try {
          accessor = raw.getMethod(element.getKey());
        } catch (NoSuchMethodException e) {
          throw new IllegalArgumentException(raw.getName() + " has no element " + element.getKey(), e);
        }
        code.append(newLine).append('.').append(element.getKey()).append('(')
            .append(value(invoke(accessor, value), accessor.getGenericReturnType(), element.getValue(), depth + 1,
                indent + 1))
            .append(')');
      }
      return code.append(newLine).append(".build()").toString();
    }
  }

  /** The public static {@code builder()} of a value type, if it has one. */
  private static Optional<Method> builder(Class<?> type) {
    try {
      Method builder = type.getMethod("builder");
      return Modifier.isStatic(builder.getModifiers()) ? Optional.of(builder) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static Object invoke(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
  }

  private static Type argument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  /** {@code text} as a Java string literal in ASCII. */
  private static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\%03o", (int) c));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
