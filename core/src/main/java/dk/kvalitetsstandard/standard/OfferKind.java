package dk.kvalitetsstandard.standard;

/**
 * The kinds of offer that free choice, fees and case files speak of. Every
 * offer of a standard maps to one kind; equivalence under free choice (NAT-F1) compares kinds.
 */
public enum OfferKind {
  COUNSELLING, OUTPATIENT, DAY, RESIDENTIAL, ANONYMOUS_OUTPATIENT, SUBSTITUTION, MOVE;

  /**
   * The kind of treatment this kind is for free choice (NAT-F1): MOVE is a method of giving
   * outpatient treatment, not a kind of its own (NAT-F7), so it compares as outpatient; every
   * other kind is itself.
   */
  public OfferKind character() {
    return this == MOVE ? OUTPATIENT : this;
  }
}
