package dk.kvalitetsstandard.questions;

/** The answer to a free-choice question. */
public enum ChoiceOutcome {
  /** Every criterion is decided and met: the citizen may be treated by the chosen provider. */
  ALLOWED,
  /** A criterion decidable from the input fails. */
  REFUSED,
  /** None fails, but one is undecided: an input not given, or a discretionary precondition. */
  NEEDS_ASSESSMENT
}
