package dk.kvalitetsstandard.standard;

/**
 * A fact about a citizen that an offer's criterion can be decided on. Each maps to a field of the
 * citizen in the question contracts; a fact the caller does not give is unknown, never false.
 */
public enum CitizenFact {
  SELF_SUPPORTING, HAS_OWN_HOME, WANTS_SUBSTITUTION, MENTAL_ILLNESS_NEEDING_TREATMENT,
  OTHER_SOCIAL_PROBLEMS, PSYCHOLOGICAL_PROBLEMS, NEEDS_MEDICINE, PREGNANT, CHILDREN_UNDER_18,
  PARENTAL_CONSENT
}
