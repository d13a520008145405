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

  /** {@return the track asked about} */
  public abstract Track track();

  /** {@return the provision the track's treatment is given under, for this citizen on the question's date} */
  public abstract String legalBasis();

  /** {@return the standard's offers on the track, each as screened for the citizen} */
  public abstract List<ScreenedOffer> offers();

  /** {@return where this citizen applies; empty where the standard names no place or the age is unknown} */
  public abstract Optional<Route> applyTo();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScreeningAnswer}. */
  public static class Builder extends ImmutableScreeningAnswer.Builder {}
}
