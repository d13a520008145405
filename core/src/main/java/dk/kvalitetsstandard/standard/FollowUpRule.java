package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
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

  /** {@return what the follow-ups are: {@link FollowUpKind#FOLLOW_UP} unless set} */
  @Value.Default
  public FollowUpKind kind() {
    return FollowUpKind.FOLLOW_UP;
  }

  /** {@return when each follow-up is due after the end, one entry per follow-up, in order; not empty in a valid rule} */
  @NotEmpty(message = "{follow-up.none}")
  public abstract List<@Valid Span> after();

  /** {@return the discharge statuses that get these follow-ups; never {@link EndStatus#DECEASED} in a valid rule} */
  @NotEmpty(message = "{follow-up.no-status}")
  public abstract Set<EndStatus> qualifyingEndings();

  /**
   * {@return the tracks the text speaks of; empty means every track of the standard} Anonymous
   * treatment is never followed up, whatever the text: the municipality does not know who the
   * citizen is.
   */
  public abstract Set<Track> tracks();

  /**
   * Checks whether the rule speaks of a case on a track.
   *
   * @param track the case's track
   * @return true if the rule names {@code track} or names no track, unless {@code track} is
   *     {@link Track#ANONYMOUS_DRUG}, which is never followed up
   */
  public boolean appliesOn(Track track) {
    return track != Track.ANONYMOUS_DRUG && (tracks().isEmpty() || tracks().contains(track));
  }

  /**
   * Obtains the national schedule of NAT-U1 as a municipality restates it: the offsets and
   * qualifying statuses of {@link NationalFloor#FOLLOW_UP}, for every track of the standard.
   *
   * @param source where the municipality restates it, not null
   * @return a rule of follow-ups 1 and 6 months after the end
   */
  public static FollowUpRule national(Source source) {
    return builder().addAllAfter(NationalFloor.FOLLOW_UP.after())
        .qualifyingEndings(NationalFloor.FOLLOW_UP.qualifying()).source(source).build();
  }

  @AssertTrue(message = "{follow-up.deceased}")
  boolean deceasedNeverQualifies() {
    return !qualifyingEndings().contains(EndStatus.DECEASED);
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpRule}. */
  public static class Builder extends ImmutableFollowUpRule.Builder {}
}
