package dk.kvalitetsstandard.standard;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The elements of the annotated list have distinct {@link Identified#id() IDs}; the message names the repeated ones. */
@Documented
@Constraint(validatedBy = UniqueIds.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueIds {

  /**
   * {@return the message template; the validator replaces it with a message that names the repeated
   * IDs}
   */
  String message() default "has two elements with one ID";

  /** {@return the validation groups the constraint belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload of the constraint; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks a list of identified elements. */
  final class Validator implements ConstraintValidator<UniqueIds, List<? extends Identified>> {

    @Override
    public boolean isValid(List<? extends Identified> elements, ConstraintValidatorContext context) {
      if (elements == null) {
        return true;
      }
      Set<String> seen = new HashSet<>();
      Set<String> repeated = new TreeSet<>();
      for (Identified element : elements) {
        if (!seen.add(element.id())) {
          repeated.add(element.id());
        }
      }
      if (repeated.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      // IDs are restricted to [a-z0-9-], so they carry no braces and no expression-language syntax.
      context.buildConstraintViolationWithTemplate("{unique-ids} " + String.join(", ", repeated))
          .addConstraintViolation();
      return false;
    }
  }
}
