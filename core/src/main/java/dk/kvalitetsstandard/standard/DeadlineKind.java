package dk.kvalitetsstandard.standard;

/**
 * The kinds of deadline a case can have. The kind decides which event starts a deadline and which
 * closes it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DeadlineKind {
  /**
   * The treatment guarantee: treatment starts within the guarantee's days of the contact that starts
   * the clock (NAT-G1, NAT-G4, NAT-G5).
   */
  TREATMENT_GUARANTEE,
  /**
   * A medical examination within a limit of the first contact, or by the start of treatment if that
   * is earlier (JAM-D2, NAT-G6).
   */
  MEDICAL_EXAMINATION,
  /**
   * A review of the treatment plan within an interval of the course's start or of the last review
   * (RAN-U1, RIN-U1).
   */
  PLAN_REVIEW,
  /**
   * A decision on whether the citizen needs an action plan under SEL § 141, within a limit of the
   * course's start (RIN-D1).
   */
  ACTION_PLAN_CLARIFICATION,
  /** The residential provider's notice of an unplanned interruption, within a limit of it (RAN-D1). */
  PROVIDER_NOTICE,
  /** A follow-up on the treatment plan a span after treatment ends (NAT-U1). */
  FOLLOW_UP,
  /** A relapse-prevention conversation a span after treatment ends (JAM-D1). */
  RELAPSE_PREVENTION,
  /** The citizen's limit for complaining about a decision (NAT-C1). */
  COMPLAINT,
  /** The municipality's limit for reconsidering a complaint (NAT-C5). */
  RECONSIDERATION
}
