package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.Span;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How the treatment plan is reviewed: periodically at a latest interval (RAN-U1, RIN-U1),
 * continuously, after an agreed period (ODS-U1), or individually.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanReviewRule.class)
@JsonDeserialize(as = ImmutablePlanReviewRule.class)
public abstract class PlanReviewRule implements Sourced {

  /** {@return how reviews are scheduled} */
  public abstract ReviewMode mode();

  /** {@return the latest interval between reviews; present exactly for {@link ReviewMode#PERIODIC}} */
  public abstract Optional<@Valid Span> interval();

  @AssertTrue(message = "{plan-review.interval}")
  boolean intervalExactlyWhenPeriodic() {
    return interval().isPresent() == (mode() == ReviewMode.PERIODIC);
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanReviewRule}. */
  public static class Builder extends ImmutablePlanReviewRule.Builder {}
}
