package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.law.Track;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How many gift cards has the citizen earned in a course? The course's sessions in date order and
 * the follow-up sessions after it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGiftCardsQuestion.class)
@JsonDeserialize(as = ImmutableGiftCardsQuestion.class)
public abstract non-sealed class GiftCardsQuestion implements Question {

  @Override
  public abstract String municipality();

  @Override
  public abstract LocalDate asOf();

  @Override
  public abstract Track track();

  /** {@return the course: a kind or the municipality's offer ID} */
  public abstract String offer();

  /** {@return what is known of the citizen; by default nothing} */
  @Value.Default
  public Profile citizen() {
    return Profile.unknown();
  }

  /** {@return the course's sessions, in date order} */
  public abstract List<Session> sessions();

  /** {@return the follow-up sessions after the course; empty where there were none} */
  public abstract List<Session> followUpSessions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GiftCardsQuestion}. */
  public static class Builder extends ImmutableGiftCardsQuestion.Builder {}
}
