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

  /** The visitation: the offer (a kind or the municipality's offer ID) and its date. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableVisited.class)
  @JsonDeserialize(as = ImmutableVisited.class)
  public abstract static class Visited {
    @Value.Parameter
    public abstract String offer();

    @Value.Parameter
    public abstract LocalDate date();

    public static Visited of(String offer, LocalDate date) {
      return ImmutableVisited.of(offer, date);
    }
  }

  /** The chosen offer: its kind or ID, whether it is approved and listed on Tilbudsportalen, whether its provider is public. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableChosen.class)
  @JsonDeserialize(as = ImmutableChosen.class)
  public abstract static class Chosen {
    public abstract String offer();

    public abstract Optional<Boolean> onTilbudsportalen();

    @com.fasterxml.jackson.annotation.JsonProperty("public")
    public abstract Optional<Boolean> isPublic();

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

  public abstract Optional<Visited> visited();

  public abstract Chosen chosen();

  public abstract Optional<Medicine> medicine();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FreeChoiceQuestion}. */
  public static class Builder extends ImmutableFreeChoiceQuestion.Builder {}
}
