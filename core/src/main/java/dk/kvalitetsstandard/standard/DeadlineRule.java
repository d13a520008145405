package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A municipal time limit besides the guarantee and follow-ups: the medical examination (JAM-D2),
 * the action-plan clarification (RIN-D1), the provider's notice of an interruption (RAN-D1). Which
 * event starts and closes it is a property of its {@link DeadlineKind}, decided once in core.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadlineRule.class)
@JsonDeserialize(as = ImmutableDeadlineRule.class)
public abstract class DeadlineRule implements Sourced {

  /** {@return what the deadline is, which decides the events that start and close it} */
  public abstract DeadlineKind kind();

  /** {@return the time allowed: an exact number of days, weeks, months or years in a valid rule} */
  @Valid
  public abstract Span limit();

  /** {@return the tracks the deadline applies on; empty means every track of the standard} */
  public abstract Set<Track> tracks();

  @AssertTrue(message = "{deadline.inexact-limit}")
  boolean limitIsExactCalendarSpan() {
    return limit().isExact() && limit().unit().isCalendar();
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeadlineRule}. */
  public static class Builder extends ImmutableDeadlineRule.Builder {}
}
