package dk.kvalitetsstandard.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The period a standard is in force, both ends included and either end open where the seed gives
 * none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValidity.class)
@JsonDeserialize(as = ImmutableValidity.class)
public abstract class Validity implements Sourced {

  /** {@return the first day of the period; empty where the seed gives none} */
  public abstract Optional<LocalDate> from();

  /** {@return the last day of the period; empty where the seed gives none} */
  public abstract Optional<LocalDate> to();

  /**
   * Checks whether a date lies in the period.
   *
   * @param date the date, not null
   * @return true if {@code date} lies in the period, both ends included; an open end admits every
   *     date on its side
   */
  public boolean contains(LocalDate date) {
    LocalDate from = from().orElse(null);
    LocalDate to = to().orElse(null);
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /**
   * Checks whether the period ended before a date.
   *
   * @param date the date, not null
   * @return true if the period has an end and {@code date} is after it
   */
  public boolean hasExpiredBy(LocalDate date) {
    LocalDate to = to().orElse(null);
    return to != null && date.isAfter(to);
  }

  /**
   * Checks whether the period starts after a date.
   *
   * @param date the date, not null
   * @return true if the period has a start and {@code date} is before it
   */
  public boolean startsAfter(LocalDate date) {
    LocalDate from = from().orElse(null);
    return from != null && date.isBefore(from);
  }

  /**
   * Checks whether this period and another share a day.
   *
   * @param other the other period, not null
   * @return true if at least one day lies in both periods
   */
  public boolean overlaps(Validity other) {
    boolean thisEndsBefore = to().isPresent() && other.from().isPresent() && to().get().isBefore(other.from().get());
    boolean otherEndsBefore = other.to().isPresent() && from().isPresent() && other.to().get().isBefore(from().get());
    return !thisEndsBefore && !otherEndsBefore;
  }

  @AssertTrue(message = "{validity.ends-before-start}")
  boolean ordered() {
    return from().isEmpty() || to().isEmpty() || !to().get().isBefore(from().get());
  }

  /**
   * Gives a readable form: {@code 2025-01-01 to 2026-12-31}, {@code from 2017-06-20, open-ended},
   * {@code until 2026-12-31}, or {@code no period stated}.
   *
   * @return the period in words
   */
  @Override
  public String toString() {
    if (from().isEmpty() && to().isEmpty()) {
      return "no period stated";
    }
    return from().map(f -> to().map(t -> f + " to " + t).orElse("from " + f + ", open-ended"))
        .orElseGet(() -> "until " + to().get());
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Validity}. */
  public static class Builder extends ImmutableValidity.Builder {}
}
