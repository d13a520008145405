package dk.kvalitetsstandard.questions;

/** The answer to a free-choice question. */
public enum ChoiceOutcome {
  ALLOWED, REFUSED, NEEDS_ASSESSMENT
}
