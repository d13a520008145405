package dk.kvalitetsstandard.validation;

import dk.kvalitetsstandard.standard.QualityStandard;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Checks values against their Jakarta constraints with Hibernate Validator.
 *
 * <p>The value types use accessors without a {@code get} prefix ({@code minAge()}), which Hibernate
 * Validator ignores by default; this validator is configured with a getter strategy that treats
 * every non-static, no-argument, non-void method as a property, so constraints on such accessors
 * fire. One validator is built once and shared. This class is immutable and thread-safe.
 */
public final class StandardValidator {

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "getClass", "clone", "finalize");

  private static final Validator VALIDATOR = buildValidator();

  private StandardValidator() {}

  /**
   * The problems of {@code value}, each as {@code path: message}, sorted by path; empty when it
   * satisfies every constraint.
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
   * Checks {@code standard}.
   *
   * @throws InvalidStandardException naming the municipality and every problem
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

  private static Validator buildValidator() {
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .configure()
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
