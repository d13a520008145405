package dk.kvalitetsstandard.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What happens after treatment ends: follow-ups on the plan (NAT-U1) or relapse-prevention talks
 * (JAM-D1), each due a span after the end, for the discharge statuses that qualify.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUpRule.class)
@JsonDeserialize(as = ImmutableFollowUpRule.class)
public abstract class FollowUpRule implements Sourced {

  /** The four statuses that qualify for follow-up under NAT-U1. */
  public static final Set<EndStatus> NATIONAL_QUALIFYING_ENDINGS = Set.copyOf(EnumSet.of(
      EndStatus.COMPLETED, EndStatus.OTHER_OFFER, EndStatus.HOSPITAL, EndStatus.OTHER_REASON));

  @Value.Default
  public FollowUpKind kind() {
    return FollowUpKind.FOLLOW_UP;
  }

  /** When each follow-up is due after the end, one entry per follow-up, in order. */
  @NotEmpty(message = "schedules no follow-up")
  public abstract List<@Valid Span> after();

  /** The discharge statuses that get these follow-ups. */
  @NotEmpty(message = "names no discharge status that qualifies")
  public abstract Set<EndStatus> qualifyingEndings();

  /**
   * The national schedule of NAT-U1 as a municipality restates it: 1 and 6 months after the end,
   * for the four qualifying statuses.
   */
  public static FollowUpRule national(Source source) {
    return builder().addAfter(Span.of(1, Unit.MONTHS), Span.of(6, Unit.MONTHS))
        .qualifyingEndings(NATIONAL_QUALIFYING_ENDINGS).source(source).build();
  }

  @AssertTrue(message = "lets a deceased citizen qualify for follow-up")
  boolean deceasedNeverQualifies() {
    return !qualifyingEndings().contains(EndStatus.DECEASED);
  }

  @Override
  @Valid
  public abstract Source source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpRule}. */
  public static class Builder extends ImmutableFollowUpRule.Builder {}
}
