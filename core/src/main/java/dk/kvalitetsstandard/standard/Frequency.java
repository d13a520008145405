package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import jakarta.validation.Valid;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How often sessions take place: a number of sessions per week or month ("2-8 times a month",
 * "at least once a week").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFrequency.class)
@JsonDeserialize(as = ImmutableFrequency.class)
public abstract class Frequency {

  /** {@return how many sessions take place in each period, in {@link Unit#SESSIONS}} */
  @Valid
  public abstract Span times();

  /** {@return the period counted in: {@link Unit#WEEKS} or {@link Unit#MONTHS}} */
  public abstract Unit per();

  /**
   * Obtains a frequency of a number of sessions per period.
   *
   * @param times how many sessions, in {@link Unit#SESSIONS}; not null
   * @param per the period, {@link Unit#WEEKS} or {@link Unit#MONTHS}; not null
   * @return {@code times} sessions per {@code per}
   * @throws NullPointerException if an argument is null
   */
  public static Frequency of(Span times, Unit per) {
    return ImmutableFrequency.builder().times(times).per(per).build();
  }

  @Override
  public String toString() {
    return times() + " a " + per().name().toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Frequency}. */
  public static class Builder extends ImmutableFrequency.Builder {}
}
