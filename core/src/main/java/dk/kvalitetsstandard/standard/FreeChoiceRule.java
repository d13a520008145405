package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A standard's free-choice rule for some tracks: whether visitation must come first (NAT-F2;
 * not for alcohol in Odsherred, ODS-F2), whether the chosen offer must be of equivalent kind and
 * intensity (NAT-F1) and listed on Tilbudsportalen (NAT-F6), the discretionary preconditions the
 * municipality decides (GEN-F1), and the open questions a caseworker may still weigh.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFreeChoiceRule.class)
@JsonDeserialize(as = ImmutableFreeChoiceRule.class)
public abstract class FreeChoiceRule implements Sourced {

  /** {@return the tracks the rule is stated for; not empty in a valid rule} */
  @NotEmpty(message = "{tracks.none-stated}")
  public abstract Set<Track> tracks();

  /** {@return whether the citizen must have been visited first (NAT-F2); true unless set} */
  @Value.Default
  public boolean visitationRequired() {
    return true;
  }

  /**
   * {@return where no visitation is required, the offer kinds that may be chosen without it (ODS-F2:
   * another outpatient offer); empty means any kind}
   */
  public abstract Set<OfferKind> withoutVisitationOnly();

  /** {@return whether the chosen offer must be of the visited kind and intensity (NAT-F1); true unless set} */
  @Value.Default
  public boolean equivalentCharacterRequired() {
    return true;
  }

  /** {@return whether a private provider must be approved and listed on Tilbudsportalen (NAT-F6); true unless set} */
  @Value.Default
  public boolean listingRequired() {
    return true;
  }

  /** {@return the discretionary preconditions that must be settled before the choice is allowed (GEN-F1)} */
  public abstract List<@Valid Criterion> preconditions();

  /** {@return the points a caseworker may still weigh once the choice is allowed} */
  public abstract List<@Valid Criterion> openQuestions();

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FreeChoiceRule}. */
  public static class Builder extends ImmutableFreeChoiceRule.Builder {}
}
