package dk.kvalitetsstandard.deadline;

/** Where a deadline stands on the report date. */
public enum Status {
  /** Closed on or before its due date. */
  MET,
  /** Closed after its due date, or still open on a report date after it. */
  BREACHED,
  /** Open, and the report date is on or before the due date. */
  PENDING,
  /** The law lets it be set aside and the case did so (free choice, NAT-G2). */
  WAIVED,
  /** The rule does not cover this case (anonymous treatment, a refusal, a decision that cannot be appealed). */
  NOT_APPLICABLE,
  /** It depends on a decision that is not yet recorded (a minor in Randers, RAN-G2). */
  NEEDS_DECISION,
  /** The event that starts it has not happened. */
  NOT_STARTED,
  /** An optional right of the citizen that was not used in time (the complaint limit). */
  LAPSED
}
