package dk.kvalitetsstandard.questions;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The answer to a free-choice question. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableFreeChoiceAnswer.class)
@JsonDeserialize(as = ImmutableFreeChoiceAnswer.class)
public abstract non-sealed class FreeChoiceAnswer implements Answer {

  @Override
  public abstract String municipality();

  public abstract ChoiceOutcome outcome();

  /** The rule that decided the outcome. */
  public abstract String rule();

  /** The provision in force on the question's date. */
  public abstract String legalBasis();

  /** Every criterion, decidable or not, with its rule. */
  public abstract List<Check> criteria();

  /** Whether the 14-day guarantee is set aside by the choice (NAT-G2, SUL § 142, stk. 8). */
  public abstract boolean guaranteeWaived();

  /** What a caseworker may still weigh; never decided here. */
  public abstract List<Note> openQuestions();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FreeChoiceAnswer}. */
  public static class Builder extends ImmutableFreeChoiceAnswer.Builder {}
}
