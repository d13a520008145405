package dk.kvalitetsstandard.questions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The answer to a fees question. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableFeesAnswer.class)
@JsonDeserialize(as = ImmutableFeesAnswer.class)
public abstract non-sealed class FeesAnswer implements Answer {

  @Override
  public abstract String municipality();

  /** {@return the offer's kind, as asked about} */
  public abstract String offer();

  /** {@return the rule that decided: the first component's the citizen pays or may pay, else the treatment's} */
  public abstract String rule();

  /** {@return the provision, as a Danish citation: SEL § 107, stk. 2, nr. 2 for residential treatment, else the track's} */
  public abstract String legalBasis();

  /** {@return true if no component is payable} */
  public abstract boolean free();

  /** {@return one entry per fee item, in the order TREATMENT, BOARD, LODGING, MEDICINE_OUTSIDE_TREATMENT, TRANSPORT} */
  public abstract List<FeeComponent> components();

  /** {@return what the amount depends on; empty when free or when the figures given decide it} */
  public abstract List<String> amountDependsOn();

  /** {@return the amount in DKK: 0 when free, the sum of the given figures where they decide it, else empty} */
  public abstract Optional<BigDecimal> amountDkk();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeesAnswer}. */
  public static class Builder extends ImmutableFeesAnswer.Builder {}
}
