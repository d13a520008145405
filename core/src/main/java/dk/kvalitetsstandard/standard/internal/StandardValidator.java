package dk.kvalitetsstandard.standard.internal;

import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.standard.InvalidStandardException;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.text.Language;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Checks values against their Jakarta constraints with Hibernate Validator.
 *
 * <p>The value types use accessors without a {@code get} prefix ({@code minAge()}), which Hibernate
 * Validator ignores by default; this validator is configured with a getter strategy that treats
 * every non-static, no-argument, non-void method as a property, so constraints on such accessors
 * fire. Messages are interpolated with Hibernate Validator's {@code ParameterMessageInterpolator}:
 * the library's messages are plain text, so no Expression Language implementation is needed at run
 * time, on the class path or the module path. One validator is built once and shared. This class is
 * immutable and thread-safe.
 */
public final class StandardValidator {

  /** The texts of the constraints' messages, in English and Danish. */
  private static final String TEXTS = "dk.kvalitetsstandard.standard.internal.Constraints";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)\\}");

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "getClass", "clone", "finalize");

  /**
   * Hibernate Validator logs its version ({@code HV000001}) at level INFO when it is first bootstrapped,
   * through JBoss Logging. Where the application has no logging framework that JBoss Logging
   * recognises, the message goes to {@code java.util.logging}, whose default console handler prints
   * INFO to standard error: every program using the library would print it. Unless the application
   * has set a level for that one logger itself, it is raised to WARNING. The reference is kept so
   * that {@code java.util.logging} does not forget the level. An application logging through SLF4J
   * with Logback, Log4j 2 or JBoss LogManager configures that logger there as usual.
   */
  private static final Logger VERSION_LOGGER = quietVersionLogger();

  private static final Validator VALIDATOR = buildValidator();

  private StandardValidator() {}

  /**
   * Lists the constraints a value breaks, as text.
   *
   * @param value the value to check, not null
   * @return the problems of {@code value}, each as {@code path message} ({@code the standard
   *     message} for the value as a whole), in English, sorted by path, each once; empty when it
   *     satisfies every constraint
   */
  public static List<String> problems(Object value) {
    return violations(value).stream().map(p -> (p.path().isEmpty() ? "the standard" : p.path()) + " " + p.message())
        .toList();
  }

  /**
   * Lists the constraints a value breaks, each with the path of the element it concerns, the code
   * {@link ProblemCode#CONSTRAINT_VIOLATED} and what is wrong in English and Danish.
   *
   * @param value the value to check, not null
   * @return the problems of {@code value}, each with the path of the element it concerns ({@code
   *     offers[3].frequency.perMonth}; empty for the value as a whole), sorted by path, each once;
   *     empty when it satisfies every constraint
   */
  public static List<Problem> violations(Object value) {
    return VALIDATOR.validate(value).stream().map(StandardValidator::problem).distinct().sorted().toList();
  }

  /**
   * Checks that a standard satisfies every constraint.
   *
   * @param standard the standard to check, not null
   * @return {@code standard} itself, when it is valid
   * @throws InvalidStandardException naming the municipality and every problem, if it is not
   */
  public static QualityStandard requireValid(QualityStandard standard) {
    List<Problem> problems = violations(standard);
    if (!problems.isEmpty()) {
      throw new InvalidStandardException(standard.municipality().toString(), problems);
    }
    return standard;
  }

  private static Problem problem(ConstraintViolation<?> violation) {
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    String template = violation.getMessageTemplate();
    return new Problem(violation.getPropertyPath().toString(), ProblemCode.CONSTRAINT_VIOLATED,
        render(template, attributes, Locale.ENGLISH), render(template, attributes, Language.DANISH));
  }

  /**
   * A message template in a language: each {@code {key}} of the constraint texts is replaced by its
   * text, then each {@code {name}} by the constraint's attribute of that name; any other text stays.
   */
  private static String render(String template, Map<String, Object> attributes, Locale language) {
    ResourceBundle texts = ResourceBundle.getBundle(TEXTS, language);
    String text = replace(template, key -> texts.containsKey(key) ? texts.getString(key) : null);
    return replace(text, name -> attributes.containsKey(name) ? String.valueOf(attributes.get(name)) : null);
  }

  private static String replace(String text, Function<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.apply(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    return m.appendTail(out).toString();
  }

  private static Logger quietVersionLogger() {
    Logger logger = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
    }
    return logger;
  }

  private static Validator buildValidator() {
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorStrategy())
        .buildValidatorFactory();
    return factory.getValidator();
  }

  /** Treats accessors without a {@code get} prefix as properties. */
  private static final class AccessorStrategy implements GetterPropertySelectionStrategy {

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || OBJECT_METHODS.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

}
