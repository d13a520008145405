package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.law.Track;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * May the citizen be treated by the chosen provider? The offer the municipality visited the
 * citizen to (empty if no visitation yet), the chosen offer and provider, and on the medical track
 * the medicine. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFreeChoiceQuestion.class)
@JsonDeserialize(as = ImmutableFreeChoiceQuestion.class)
public abstract non-sealed class FreeChoiceQuestion implements Question {

  /**
   * The visitation: the offer (a kind or the municipality's offer ID) and its date.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableVisited.class)
  @JsonDeserialize(as = ImmutableVisited.class)
  public abstract static class Visited {
    /** {@return the offer visited to: a kind or the municipality's offer ID} */
    @Value.Parameter
    public abstract String offer();

    /** {@return the date of the visitation} */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Obtains a visitation.
     *
     * @param offer the offer visited to: a kind or the municipality's offer ID, not null
     * @param date the date of the visitation, not null
     * @return the visitation, not null
     */
    public static Visited of(String offer, LocalDate date) {
      return ImmutableVisited.of(offer, date);
    }
  }

  /**
   * The chosen offer: its kind or ID, whether it is approved and listed on Tilbudsportalen, whether
   * its provider is public.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableChosen.class)
  @JsonDeserialize(as = ImmutableChosen.class)
  public abstract static class Chosen {
    /** {@return the chosen offer: a kind or the municipality's offer ID} */
    public abstract String offer();

    /** {@return whether the offer is approved and listed on Tilbudsportalen; empty where not known} */
    public abstract Optional<Boolean> onTilbudsportalen();

    /** {@return whether the offer's provider is public; empty where not known; {@code public} in JSON} */
    @com.fasterxml.jackson.annotation.JsonProperty("public")
    public abstract Optional<Boolean> isPublic();

    /**
     * Obtains a chosen offer.
     *
     * @param offer the chosen offer: a kind or the municipality's offer ID, not null
     * @param onTilbudsportalen whether the offer is approved and listed on Tilbudsportalen; null where
     *     not known
     * @param isPublic whether the offer's provider is public; null where not known
     * @return the chosen offer, not null
     */
    public static Chosen of(String offer, Boolean onTilbudsportalen, Boolean isPublic) {
      return ImmutableChosen.builder().offer(offer).onTilbudsportalen(Optional.ofNullable(onTilbudsportalen))
          .isPublic(Optional.ofNullable(isPublic)).build();
    }
  }

  @Override
  public abstract String municipality();

  @Override
  public abstract LocalDate asOf();

  @Override
  public abstract Track track();

  /** {@return the offer the municipality visited the citizen to, and when; empty if no visitation yet} */
  public abstract Optional<Visited> visited();

  /** {@return the offer and provider the citizen chose} */
  public abstract Chosen chosen();

  /** {@return the addictive medicine, on the medical track; empty where not given} */
  public abstract Optional<Medicine> medicine();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FreeChoiceQuestion}. */
  public static class Builder extends ImmutableFreeChoiceQuestion.Builder {}
}
