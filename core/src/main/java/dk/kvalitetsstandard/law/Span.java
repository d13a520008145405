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

  /** The least amount, if bounded below. */
  public abstract Optional<@PositiveOrZero Integer> min();

  /** The greatest amount, if bounded above. */
  public abstract Optional<@PositiveOrZero Integer> max();

  /** The unit. */
  public abstract Unit unit();

  /** Exactly {@code amount}. */
  public static Span of(int amount, Unit unit) {
    return between(amount, amount, unit);
  }

  /** From {@code min} to {@code max}, both included. */
  public static Span between(int min, int max, Unit unit) {
    return ImmutableSpan.builder().min(min).max(max).unit(unit).build();
  }

  /** At least {@code min}. */
  public static Span atLeast(int min, Unit unit) {
    return ImmutableSpan.builder().min(min).unit(unit).build();
  }

  /** At most {@code max}. */
  public static Span upTo(int max, Unit unit) {
    return ImmutableSpan.builder().max(max).unit(unit).build();
  }

  /** Whether the span is a single amount. */
  @JsonIgnore
  public boolean isExact() {
    return min().isPresent() && min().equals(max());
  }

  /**
   * The exact amount.
   *
   * @throws IllegalStateException if the span is a range
   */
  public int exactly() {
    if (!isExact()) {
      throw new IllegalStateException(this + " is a range, not an exact amount");
    }
    return min().orElseThrow();
  }

  @AssertTrue(message = "has a minimum above its maximum")
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
}
