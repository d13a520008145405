package dk.kvalitetsstandard.standard;

/**
 * What a complaint is about: the subjects of a decision in a case file. Each subject has its own
 * complaint route ({@link ComplaintRoute}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ComplaintSubject {
  /** A decision on social drug treatment under SEL § 101; appealable within 4 weeks (NAT-C1). */
  SOCIAL_TREATMENT,
  /** A decision on anonymous treatment under SEL § 101 a; not appealable (NAT-A4, NAT-C2). */
  ANONYMOUS_TREATMENT,
  /**
   * The health-professional part of treatment, which decisions on the medical and alcohol tracks
   * concern; complaints go to Styrelsen for Patientsikkerhed (NAT-C3).
   */
  HEALTH_TREATMENT,
  /** The handling of the case; no time limit and not to Ankestyrelsen (NAT-C4). */
  CASE_HANDLING
}
