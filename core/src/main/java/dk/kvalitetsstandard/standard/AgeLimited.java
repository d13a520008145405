package dk.kvalitetsstandard.standard;

import jakarta.validation.constraints.AssertTrue;
import java.util.Optional;

/**
 * An element with an age range in whole years, both ends included and either end open. "Over 18
 * år" is read as a minimum age of 18 (NAT-X2).
 */
public interface AgeLimited {

  /** {@return the least age admitted, in whole years; empty if the range is open below} */
  Optional<Integer> minAge();

  /** {@return the greatest age admitted, in whole years; empty if the range is open above} */
  Optional<Integer> maxAge();

  /**
   * Checks whether a citizen of a given age is inside the range.
   *
   * @param age the citizen's age in whole years
   * @return true if {@code age} lies within the range, both ends included; an open end admits
   *     every age on its side
   */
  default boolean admitsAge(int age) {
    return minAge().map(min -> age >= min).orElse(true) && maxAge().map(max -> age <= max).orElse(true);
  }

  /** {@return true if the range is limited at either end} */
  default boolean hasAgeLimit() {
    return minAge().isPresent() || maxAge().isPresent();
  }

  /**
   * Checks, for validation, that the minimum age is not above the maximum.
   *
   * @return true if either end is open or the minimum is at most the maximum
   */
  @AssertTrue(message = "{ages.min-above-max}")
  default boolean ageRangeOrdered() {
    return minAge().isEmpty() || maxAge().isEmpty() || minAge().get() <= maxAge().get();
  }

  /**
   * Checks, for validation, that no age limit is negative.
   *
   * @return true if neither limit is below zero
   */
  @AssertTrue(message = "{ages.negative}")
  default boolean agesNotNegative() {
    return minAge().orElse(0) >= 0 && maxAge().orElse(0) >= 0;
  }
}
