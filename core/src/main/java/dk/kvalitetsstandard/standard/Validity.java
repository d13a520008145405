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

  public abstract Optional<LocalDate> from();

  public abstract Optional<LocalDate> to();

  /** Whether {@code date} lies in the period. */
  public boolean contains(LocalDate date) {
    return from().map(f -> !date.isBefore(f)).orElse(true) && to().map(t -> !date.isAfter(t)).orElse(true);
  }

  /** Whether the period ended before {@code date}. */
  public boolean hasExpiredBy(LocalDate date) {
    return to().map(date::isAfter).orElse(false);
  }

  /** Whether the period starts after {@code date}. */
  public boolean startsAfter(LocalDate date) {
    return from().map(date::isBefore).orElse(false);
  }

  /** Whether this period and {@code other} share a day. */
  public boolean overlaps(Validity other) {
    boolean thisEndsBefore = to().isPresent() && other.from().isPresent() && to().get().isBefore(other.from().get());
    boolean otherEndsBefore = other.to().isPresent() && from().isPresent() && other.to().get().isBefore(from().get());
    return !thisEndsBefore && !otherEndsBefore;
  }

  @AssertTrue(message = "ends before it starts")
  boolean ordered() {
    return from().isEmpty() || to().isEmpty() || !to().get().isBefore(from().get());
  }

  /** A readable form: {@code 2025-01-01 to 2026-12-31}, {@code from 2017-06-20}, {@code undated}. */
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

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Validity}. */
  public static class Builder extends ImmutableValidity.Builder {}
}
