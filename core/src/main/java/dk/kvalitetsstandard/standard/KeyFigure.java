package dk.kvalitetsstandard.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A key-figure target of a standard: a share of citizens, at least or at most a percentage,
 * optionally by a year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKeyFigure.class)
@JsonDeserialize(as = ImmutableKeyFigure.class)
public abstract class KeyFigure implements Sourced {

  /** {@return what is measured, in English} */
  @NotBlank
  public abstract String measure();

  /** {@return the target percentage, from 0 to 100} */
  @PositiveOrZero
  @Max(100)
  public abstract int percent();

  /** {@return whether the share is to be at least or at most {@link #percent()}} */
  public abstract Bound bound();

  /** {@return the year the target is set for; empty if not stated} */
  public abstract Optional<Integer> year();

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyFigure}. */
  public static class Builder extends ImmutableKeyFigure.Builder {}
}
