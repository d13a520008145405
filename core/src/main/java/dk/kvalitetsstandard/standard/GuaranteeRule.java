package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A standard's treatment guarantee for some tracks: how many days, from which contact the clock
 * runs, whether the seed promises a start or only an offer, how it treats under-18s, and which
 * offers it leaves out. The national floor (NAT-G1, NAT-G4, NAT-G5) is the same for every
 * municipality and lives in {@link dk.kvalitetsstandard.law.NationalRule}; this is what the
 * municipality's text says.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuaranteeRule.class)
@JsonDeserialize(as = ImmutableGuaranteeRule.class)
public abstract class GuaranteeRule implements Sourced {

  /** {@return the tracks the guarantee is stated for; not empty in a valid rule} */
  @NotEmpty(message = "{tracks.none-stated}")
  public abstract Set<Track> tracks();

  /**
   * {@return the number of calendar days, positive; the law's length ({@link
   * NationalFloor#GUARANTEE_LENGTH}) unless the text says otherwise}
   */
  @Value.Default
  @Positive
  public int days() {
    return NationalFloor.GUARANTEE_LENGTH.exactly();
  }

  /** {@return which contact starts the clock; {@link ClockStart#FIRST_CONTACT} unless set} */
  @Value.Default
  public ClockStart clockStart() {
    return ClockStart.FIRST_CONTACT;
  }

  /** {@return whether the seed promises a start, as the law does, or only an offer; {@link Promise#START} unless set} */
  @Value.Default
  public Promise promise() {
    return Promise.START;
  }

  /** {@return how the guarantee treats a citizen under 18; {@link MinorsRule#NOT_STATED} unless set} */
  @Value.Default
  public MinorsRule minors() {
    return MinorsRule.NOT_STATED;
  }

  /** {@return the youngest age the standard serves at all (ODS-M2: from 12); empty where it does not say} */
  public abstract Optional<Integer> fromAge();

  /**
   * {@return the rule that sets when the clock starts, where another rule than the guarantee's own
   * does (ODS-G2 sets Odsherred's clock at in-person attendance); otherwise empty}
   */
  public abstract Optional<@Valid Source> clockSource();

  /**
   * {@return the rule that decides how minors are treated, where another rule than the guarantee's
   * own does (RAN-G2); otherwise empty}
   */
  public abstract Optional<@Valid Source> minorsSource();

  /** {@return the rule behind the clock's start: {@link #clockSource()} if present, else the guarantee's own} */
  public Source clockRule() {
    return clockSource().orElse(source());
  }

  /** {@return the rule behind the treatment of minors: {@link #minorsSource()} if present, else the guarantee's own} */
  public Source minorsRule() {
    return minorsSource().orElse(source());
  }

  /** {@return the offer kinds whose assessment the guarantee does not cover (GEN-G2); empty where it covers every kind} */
  public abstract Set<OfferKind> notCovering();

  /**
   * {@return the rule that leaves {@link #notCovering()} outside the guarantee, where another rule
   * than the guarantee's own does (GEN-G2); otherwise empty}
   */
  public abstract Optional<@Valid Source> notCoveringSource();

  /** {@return the rule behind {@link #notCovering()}: {@link #notCoveringSource()} if present, else the guarantee's own} */
  public Source notCoveringRule() {
    return notCoveringSource().orElse(source());
  }

  /**
   * {@return the rule that lets a free choice of another provider set the guarantee aside, where the
   * text says so (ODS-G3); otherwise empty} The law decides whether it may: on the alcohol track it
   * may not ({@link NationalFloor#guarantee}).
   */
  public abstract Optional<@Valid Source> freeChoiceWaiver();

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GuaranteeRule}. */
  public static class Builder extends ImmutableGuaranteeRule.Builder {}
}
