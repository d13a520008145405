package dk.kvalitetsstandard.standard.internal;

import dk.kvalitetsstandard.standard.InvalidStandardException;
import dk.kvalitetsstandard.standard.QualityStandard;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
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
   *     message} for the value as a whole), sorted by path, each once; empty when it satisfies
   *     every constraint
   */
  public static List<String> problems(Object value) {
    return VALIDATOR.validate(value).stream()
        .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessage))
        .map(v -> describe(v.getPropertyPath().toString(), v.getMessage()))
        .distinct()
        .toList();
  }

  /**
   * Lists the constraints a value breaks, each with the path of the element it concerns.
   *
   * @param value the value to check, not null
   * @return the problems of {@code value}, each with the path of the element it concerns ({@code
   *     offers[3].frequency.perMonth}; empty for the value as a whole), sorted by path, each once;
   *     empty when it satisfies every constraint
   */
  public static List<Violation> violations(Object value) {
    return VALIDATOR.validate(value).stream()
        .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
        .distinct()
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
        .toList();
  }

  /**
   * A constraint a value breaks.
   *
   * @param path the element's path within the value ({@code offers[3].frequency}); empty for the value as a whole
   * @param message what is wrong, in English
   */
  public record Violation(String path, String message) {}

  /**
   * Checks that a standard satisfies every constraint.
   *
   * @param standard the standard to check, not null
   * @return {@code standard} itself, when it is valid
   * @throws InvalidStandardException naming the municipality and every problem, if it is not
   */
  public static QualityStandard requireValid(QualityStandard standard) {
    List<String> problems = problems(standard);
    if (!problems.isEmpty()) {
      throw new InvalidStandardException(standard.municipality().toString(), problems);
    }
    return standard;
  }

  private static String describe(String path, String message) {
    // A class-level check is reported on a method named after the property it checks; name its owner.
    return (path.isEmpty() ? "the standard" : path) + " " + message;
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
