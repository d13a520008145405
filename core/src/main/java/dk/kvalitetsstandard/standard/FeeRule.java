package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.Track;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a citizen pays for one item (treatment, board, lodging, medicine outside the treatment,
 * transport) in some offers: free, charged, charged on a condition, or paid by the municipality,
 * and what the amount depends on. Standards give no rates, so neither does this.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeeRule.class)
@JsonDeserialize(as = ImmutableFeeRule.class)
public abstract class FeeRule implements Sourced {

  /** {@return what the citizen pays, or does not pay, for} */
  public abstract FeeItem item();

  /** {@return the offer kinds the rule is for; empty means every kind} */
  public abstract Set<OfferKind> offerKinds();

  /** {@return the tracks the rule is for; empty means every track} */
  public abstract Set<Track> tracks();

  /** {@return whether and when the item is charged} */
  public abstract Charge charge();

  /** {@return what the amount depends on, where the item is charged; empty where the seed states nothing} */
  public abstract List<AmountFactor> dependsOn();

  /**
   * Checks whether the rule speaks of an offer kind on a track.
   *
   * @param kind the offer kind, not null
   * @param track the track, not null
   * @return true if the rule covers both {@code kind} and {@code track}
   */
  public boolean appliesTo(OfferKind kind, Track track) {
    return (offerKinds().isEmpty() || offerKinds().contains(kind)) && (tracks().isEmpty() || tracks().contains(track));
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeeRule}. */
  public static class Builder extends ImmutableFeeRule.Builder {}
}
