package dk.kvalitetsstandard.standard;

/**
 * The kinds of offer that free choice, fees and case files speak of. Every
 * offer of a standard maps to one kind; equivalence under free choice (NAT-F1) compares kinds.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OfferKind {
  /** Counselling, advice and outreach, before or outside a course of treatment. */
  COUNSELLING,
  /** Outpatient treatment: sessions while the citizen lives at home. */
  OUTPATIENT,
  /** Day treatment. */
  DAY,
  /** Residential treatment (døgnbehandling). */
  RESIDENTIAL,
  /** Anonymous outpatient treatment under SEL § 101 a. */
  ANONYMOUS_OUTPATIENT,
  /** Medical treatment of drug use, such as substitution treatment. */
  SUBSTITUTION,
  /** MOVE, a structured outpatient course; for free choice it is outpatient treatment (NAT-F7). */
  MOVE;

  /**
   * Gives the kind of treatment this kind is for free choice (NAT-F1).
   *
   * @return {@link #OUTPATIENT} for {@link #MOVE}, which is a method of giving outpatient
   *     treatment rather than a kind of its own (NAT-F7); every other kind itself
   */
  public OfferKind character() {
    return this == MOVE ? OUTPATIENT : this;
  }
}
