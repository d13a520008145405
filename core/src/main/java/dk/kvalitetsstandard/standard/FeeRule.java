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

  public abstract FeeItem item();

  /** The offer kinds the rule is for; empty means every kind. */
  public abstract Set<OfferKind> offerKinds();

  /** The tracks the rule is for; empty means every track. */
  public abstract Set<Track> tracks();

  public abstract Charge charge();

  /** What the amount depends on, where the item is charged. */
  public abstract List<AmountFactor> dependsOn();

  /** Whether the rule speaks of {@code kind} on {@code track}. */
  public boolean appliesTo(OfferKind kind, Track track) {
    return (offerKinds().isEmpty() || offerKinds().contains(kind)) && (tracks().isEmpty() || tracks().contains(track));
  }

  @Override
  @Valid
  public abstract Source source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeeRule}. */
  public static class Builder extends ImmutableFeeRule.Builder {}
}
