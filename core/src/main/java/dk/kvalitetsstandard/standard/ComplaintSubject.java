package dk.kvalitetsstandard.standard;

/** What a complaint is about: the subjects of a decision in a case file. */
public enum ComplaintSubject {
  SOCIAL_TREATMENT, ANONYMOUS_TREATMENT, HEALTH_TREATMENT, CASE_HANDLING
}
