package dk.kvalitetsstandard.standard;

import jakarta.validation.constraints.AssertTrue;
import java.util.Optional;

/**
 * An element with an age range in whole years, both ends included and either end open. "Over 18
 * år" is read as a minimum age of 18 (NAT-X2).
 */
public interface AgeLimited {

  /** The least age admitted, if limited. */
  Optional<Integer> minAge();

  /** The greatest age admitted, if limited. */
  Optional<Integer> maxAge();

  /** Whether a citizen of {@code age} is inside the range. */
  default boolean admitsAge(int age) {
    return minAge().map(min -> age >= min).orElse(true) && maxAge().map(max -> age <= max).orElse(true);
  }

  /** Whether the range has any limit. */
  default boolean hasAgeLimit() {
    return minAge().isPresent() || maxAge().isPresent();
  }

  /** Structural check for validation: the minimum age is not above the maximum. */
  @AssertTrue(message = "has a minimum age above its maximum age")
  default boolean ageRangeOrdered() {
    return minAge().isEmpty() || maxAge().isEmpty() || minAge().get() <= maxAge().get();
  }

  /** Structural check for validation: ages are not negative. */
  @AssertTrue(message = "has a negative age limit")
  default boolean agesNotNegative() {
    return minAge().orElse(0) >= 0 && maxAge().orElse(0) >= 0;
  }
}
