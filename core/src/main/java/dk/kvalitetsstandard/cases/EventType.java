package dk.kvalitetsstandard.cases;

/**
 * What happened in a case. The fields each type needs are listed by {@link CaseEvent}, and the
 * constants are declared in the order {@link CaseFile#CHRONOLOGICAL} uses for events on the same
 * day.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EventType {
  /** The citizen asks for treatment; {@code channel} says how. */
  CONTACT,
  /** The authority decided whether the 14-day guarantee applies to a minor (Randers, RAN-G2); {@code granted}. */
  UNDER18_GUARANTEE_DECISION,
  /** The citizen chose another provider than the visited one. */
  FREE_CHOICE,
  /** Treatment started; {@code offer} says which. */
  TREATMENT_START,
  /** The treatment plan was evaluated. */
  PLAN_REVIEW,
  /** The need for an SEL § 141 action plan was decided. */
  ACTION_PLAN_CLARIFIED,
  /** An unplanned break in residential treatment. */
  TREATMENT_INTERRUPTED,
  /** The residential provider told the municipality of the interruption. */
  PROVIDER_NOTIFIED,
  /** Treatment ended; {@code status} says how. */
  TREATMENT_END,
  /** A follow-up conversation after the end took place. */
  FOLLOW_UP,
  /** The doctor's examination took place. */
  MEDICAL_EXAMINATION,
  /** A relapse-prevention conversation after the end took place. */
  RELAPSE_PREVENTION_TALK,
  /** The citizen received a decision; {@code subject} and {@code outcome} say which. */
  DECISION_RECEIVED,
  /** The citizen complained. */
  COMPLAINT,
  /** The municipality reconsidered the complaint. */
  RECONSIDERED
}
