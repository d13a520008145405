package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.law.Track;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The answer to a screening question. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableScreeningAnswer.class)
@JsonDeserialize(as = ImmutableScreeningAnswer.class)
public abstract non-sealed class ScreeningAnswer implements Answer {

  @Override
  public abstract String municipality();

  public abstract Track track();

  /** The provision the track's treatment is given under, for this citizen on the question's date. */
  public abstract String legalBasis();

  public abstract List<ScreenedOffer> offers();

  /** Where this citizen applies; empty where the standard names no place or the age is unknown. */
  public abstract Optional<Route> applyTo();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScreeningAnswer}. */
  public static class Builder extends ImmutableScreeningAnswer.Builder {}
}
