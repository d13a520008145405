package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.standard.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which rules a module's tests check, read from the tests themselves: every test class in the
 * package of an anchor class (and below it) is scanned for JUnit {@code @Tag} annotations whose
 * value is a rule ID ({@code @Tag("ODS-G2")}), on the class or on its methods. Nothing is kept by
 * hand: a new test class counts as soon as it is compiled.
 *
 * <p>The annotations are read by name, so the kit needs no test framework. This class is immutable
 * and thread-safe.
 */
public final class RuleCoverage {

  private static final Pattern RULE_ID = Pattern.compile(Source.RULE_ID_PATTERN);
  private static final String TAG = "org.junit.jupiter.api.Tag";
  private static final String TAGS = "org.junit.jupiter.api.Tags";

  private final SortedMap<String, SortedSet<String>> testsByRule;

  private RuleCoverage(SortedMap<String, SortedSet<String>> testsByRule) {
    this.testsByRule = testsByRule;
  }

  /**
   * The rule IDs tagged on the compiled test classes beside {@code anchor}: in its package and the
   * packages below it, in the directory or jar it was loaded from.
   *
   * @param anchor a test class of the module
   * @return the coverage
   */
  public static RuleCoverage ofTestsBeside(Class<?> anchor) {
    SortedMap<String, SortedSet<String>> byRule = new TreeMap<>();
    for (Class<?> type : classesBeside(anchor)) {
      tags(type).forEach(rule -> byRule.computeIfAbsent(rule, r -> new TreeSet<>()).add(type.getSimpleName()));
      for (Method method : type.getDeclaredMethods()) {
        tags(method).forEach(rule -> byRule.computeIfAbsent(rule, r -> new TreeSet<>())
            .add(type.getSimpleName() + "." + method.getName()));
      }
    }
    return new RuleCoverage(byRule);
  }

  /**
   * Every rule ID some test is tagged with.
   *
   * @return the rule IDs, sorted
   */
  public SortedSet<String> rules() {
    return new TreeSet<>(testsByRule.keySet());
  }

  /**
   * The tests tagged with {@code rule}, as {@code Class.method} (or {@code Class} for a tagged class).
   *
   * @param rule a rule ID
   * @return the tests, sorted; empty if none
   */
  public SortedSet<String> testsOf(String rule) {
    return testsByRule.getOrDefault(rule, new TreeSet<>());
  }

  /**
   * Requires that every one of {@code rules} is tagged on some test.
   *
   * @param rules the rule IDs that must be covered
   * @return this coverage
   * @throws AssertionError naming every rule no test is tagged with
   */
  public RuleCoverage assertCovers(Collection<String> rules) {
    SortedSet<String> missing = new TreeSet<>(rules);
    missing.removeAll(testsByRule.keySet());
    if (!missing.isEmpty()) {
      throw new AssertionError("no test is tagged with " + missing + "; tagged: " + testsByRule.keySet());
    }
    return this;
  }

  private static Set<String> tags(AnnotatedElement element) {
    Set<String> found = new TreeSet<>();
    for (Annotation annotation : element.getAnnotations()) {
      String type = annotation.annotationType().getName();
      if (type.equals(TAG)) {
        found.add(value(annotation));
      } else if (type.equals(TAGS)) {
        for (Annotation tag : (Annotation[]) invoke(annotation)) {
          found.add(value(tag));
        }
      }
    }
    found.removeIf(tag -> !RULE_ID.matcher(tag).matches());
    return found;
  }

  private static String value(Annotation annotation) {
    return (String) invoke(annotation);
  }

  private static Object invoke(Annotation annotation) {
    try {
      return annotation.annotationType().getMethod("value").invoke(annotation);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + annotation, e);
    }
  }

  private static Collection<Class<?>> classesBeside(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot tell where " + anchor.getName() + " was loaded from", e);
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(anchor.getName() + " was not loaded from a directory of classes: " + root);
    }
    Path packageDir = root.resolve(anchor.getPackageName().replace('.', '/'));
    Map<String, Class<?>> classes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(packageDir)) {
      files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
        String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        try {
          classes.put(name, Class.forName(name, false, anchor.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load " + name, e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes.values();
  }
}
