package dk.kvalitetsstandard.law;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An amount with a unit, exact or a range open at either end: "14 days", "1-5 sessions", "at
 * least 8 sessions", "up to 6 months".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
public abstract class Span {

  /** {@return the least amount, zero or more in a valid span; empty if the span is not bounded below} */
  public abstract Optional<@PositiveOrZero Integer> min();

  /** {@return the greatest amount, zero or more in a valid span; empty if the span is not bounded above} */
  public abstract Optional<@PositiveOrZero Integer> max();

  /** {@return the unit of both amounts} */
  public abstract Unit unit();

  /**
   * Obtains a span of exactly one amount.
   *
   * @param amount the amount, zero or more for a valid span
   * @param unit the unit, not null
   * @return a span from {@code amount} to {@code amount}
   * @throws NullPointerException if {@code unit} is null
   */
  public static Span of(int amount, Unit unit) {
    return between(amount, amount, unit);
  }

  /**
   * Obtains a span from one amount to another, both included.
   *
   * @param min the least amount, zero or more for a valid span
   * @param max the greatest amount, not below {@code min} for a valid span
   * @param unit the unit, not null
   * @return a span from {@code min} to {@code max}
   * @throws NullPointerException if {@code unit} is null
   */
  public static Span between(int min, int max, Unit unit) {
    return ImmutableSpan.builder().min(min).max(max).unit(unit).build();
  }

  /**
   * Obtains a span bounded only below.
   *
   * @param min the least amount, zero or more for a valid span
   * @param unit the unit, not null
   * @return a span of at least {@code min}
   * @throws NullPointerException if {@code unit} is null
   */
  public static Span atLeast(int min, Unit unit) {
    return ImmutableSpan.builder().min(min).unit(unit).build();
  }

  /**
   * Obtains a span bounded only above.
   *
   * @param max the greatest amount, zero or more for a valid span
   * @param unit the unit, not null
   * @return a span of at most {@code max}
   * @throws NullPointerException if {@code unit} is null
   */
  public static Span upTo(int max, Unit unit) {
    return ImmutableSpan.builder().max(max).unit(unit).build();
  }

  /** {@return true if the span is a single amount: bounded at both ends by the same amount} */
  @JsonIgnore
  public boolean isExact() {
    return min().isPresent() && min().equals(max());
  }

  /**
   * Gives the one amount of an exact span; computed once, since every deadline counts with it.
   *
   * @return the exact amount
   * @throws IllegalStateException if the span is a range
   */
  @Value.Lazy
  public int exactly() {
    if (!isExact()) {
      throw new IllegalStateException(this + " is a range, not an exact amount");
    }
    return min().orElseThrow();
  }

  @AssertTrue(message = "{span.min-above-max}")
  boolean ordered() {
    return min().isEmpty() || max().isEmpty() || min().get() <= max().get();
  }

  /** A readable English form, for example {@code 1-5 sessions} or {@code at least 8 sessions}. */
  @Override
  public String toString() {
    String unit = unit().name().toLowerCase(java.util.Locale.ROOT);
    if (isExact()) {
      return min().get() + " " + (min().get() == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }
    if (min().isPresent() && max().isPresent()) {
      return min().get() + "-" + max().get() + " " + unit;
    }
    return min().map(m -> "at least " + m + " " + unit).orElseGet(() -> "up to " + max().orElse(0) + " " + unit);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Span}. */
  public static class Builder extends ImmutableSpan.Builder {}
}
