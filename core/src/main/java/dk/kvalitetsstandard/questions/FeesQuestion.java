package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.FeeItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What does the citizen pay in an offer? The figures are amounts in DKK the caller has worked out
 * for fee items (for example the board and lodging payment set from the citizen's budget); the
 * library adds them up where they are payable and never invents a rate. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeesQuestion.class)
@JsonDeserialize(as = ImmutableFeesQuestion.class)
public abstract non-sealed class FeesQuestion implements Question {

  @Override
  public abstract String municipality();

  @Override
  public abstract LocalDate asOf();

  @Override
  public abstract Track track();

  /** {@return the offer: a kind or the municipality's offer ID} */
  public abstract String offer();

  /** {@return what is known of the citizen; by default nothing} */
  @Value.Default
  public Profile citizen() {
    return Profile.unknown();
  }

  /** {@return the amounts in DKK the caller supplies, by item; items not given have none} */
  public abstract Map<FeeItem, BigDecimal> figures();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeesQuestion}. */
  public static class Builder extends ImmutableFeesQuestion.Builder {}
}
