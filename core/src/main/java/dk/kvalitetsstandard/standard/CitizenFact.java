package dk.kvalitetsstandard.standard;

/**
 * A fact about a citizen that an offer's criterion can be decided on. Each maps to a field of the
 * citizen in the question contracts; a fact the caller does not give is unknown, never false.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CitizenFact {
  /** The citizen supports themself. */
  SELF_SUPPORTING,
  /** The citizen has a home of their own to live in during treatment. */
  HAS_OWN_HOME,
  /** The citizen asks for substitution treatment. */
  WANTS_SUBSTITUTION,
  /** The citizen has a mental illness that needs treatment. */
  MENTAL_ILLNESS_NEEDING_TREATMENT,
  /** The citizen has social problems other than the use of substances (NAT-A1). */
  OTHER_SOCIAL_PROBLEMS,
  /** The citizen has psychological problems. */
  PSYCHOLOGICAL_PROBLEMS,
  /** The citizen needs medicine. */
  NEEDS_MEDICINE,
  /** The citizen is pregnant. */
  PREGNANT,
  /** The citizen has children under 18 whom they live with or see. */
  CHILDREN_UNDER_18,
  /** A citizen under 18 has the consent of a parent or guardian. */
  PARENTAL_CONSENT
}
