package dk.kvalitetsstandard.questions;

/** Whether a citizen fits an offer. */
public enum Eligibility {
  /** Every criterion is decided and met. */
  ELIGIBLE,
  /** A decidable criterion fails. */
  NOT_ELIGIBLE,
  /** None fails, but one is discretionary or its input is unknown. */
  NEEDS_ASSESSMENT
}
