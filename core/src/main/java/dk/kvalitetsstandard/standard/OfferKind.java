package dk.kvalitetsstandard.standard;

/**
 * The kinds of offer that free choice, fees and case files speak of (CASE-FORMAT.md). Every
 * offer of a standard maps to one kind; equivalence under free choice (NAT-F1) compares kinds.
 */
public enum OfferKind {
  COUNSELLING, OUTPATIENT, DAY, RESIDENTIAL, ANONYMOUS_OUTPATIENT, SUBSTITUTION, MOVE
}
