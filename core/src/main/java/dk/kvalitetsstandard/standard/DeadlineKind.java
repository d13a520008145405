package dk.kvalitetsstandard.standard;

/** The kinds of deadline a case can have. */
public enum DeadlineKind {
  TREATMENT_GUARANTEE, MEDICAL_EXAMINATION, PLAN_REVIEW, ACTION_PLAN_CLARIFICATION, PROVIDER_NOTICE,
  FOLLOW_UP, RELAPSE_PREVENTION, COMPLAINT, RECONSIDERATION
}
