package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.standard.OfferKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One offer as screened for a citizen. */
@Value.Immutable
@JsonSerialize(as = ImmutableScreenedOffer.class)
@JsonDeserialize(as = ImmutableScreenedOffer.class)
public abstract class ScreenedOffer {

  /** {@return the municipality's offer ID} */
  public abstract String offer();

  /** {@return the offer's kind} */
  public abstract OfferKind kind();

  /** {@return whether the citizen fits the offer} */
  public abstract Eligibility eligibility();

  /** {@return the offer's criteria as screened, age limits included} */
  public abstract List<ScreenedCriterion> criteria();

  /** {@return where the citizen applies for this offer, where the standard routes by offer and age} */
  public abstract Optional<Route> applyTo();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScreenedOffer}. */
  public static class Builder extends ImmutableScreenedOffer.Builder {}
}
