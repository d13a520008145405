package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.law.Track;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Which offers of the standard on the track fit this citizen? Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableScreeningQuestion.class)
@JsonDeserialize(as = ImmutableScreeningQuestion.class)
public abstract non-sealed class ScreeningQuestion implements Question {

  @Override
  public abstract String municipality();

  @Override
  public abstract LocalDate asOf();

  @Override
  public abstract Track track();

  /** {@return what is known of the citizen; by default nothing} */
  @Value.Default
  public Profile citizen() {
    return Profile.unknown();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScreeningQuestion}. */
  public static class Builder extends ImmutableScreeningQuestion.Builder {}
}
