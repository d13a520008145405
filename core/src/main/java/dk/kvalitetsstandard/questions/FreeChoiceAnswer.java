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

  /** {@return whether the choice is allowed, refused or needs a caseworker's assessment} */
  public abstract ChoiceOutcome outcome();

  /** {@return the catalogue ID of the rule that decided the outcome} */
  public abstract String rule();

  /** {@return the provision in force on the question's date, as a Danish citation} */
  public abstract String legalBasis();

  /** {@return every criterion, decidable or not, with its rule} */
  public abstract List<Check> criteria();

  /** {@return true if the choice sets the 14-day guarantee aside (NAT-G2, SUL § 142, stk. 8)} */
  public abstract boolean guaranteeWaived();

  /** {@return what a caseworker may still weigh; never decided here} */
  public abstract List<Note> openQuestions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FreeChoiceAnswer}. */
  public static class Builder extends ImmutableFreeChoiceAnswer.Builder {}
}
