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

  /** How many sessions, in {@link Unit#SESSIONS}. */
  @Valid
  public abstract Span times();

  /** The period counted in: {@link Unit#WEEKS} or {@link Unit#MONTHS}. */
  public abstract Unit per();

  /** {@code times} sessions per {@code per}. */
  public static Frequency of(Span times, Unit per) {
    return ImmutableFrequency.builder().times(times).per(per).build();
  }

  @Override
  public String toString() {
    return times() + " a " + per().name().toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
  }
}
