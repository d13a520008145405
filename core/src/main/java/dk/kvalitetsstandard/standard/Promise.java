package dk.kvalitetsstandard.standard;

/** What a guarantee promises within its days. */
public enum Promise {
  /** Treatment has started (iværksat), as the law requires. */
  START,
  /** Treatment is offered; the seed's wording falls short of the law's start (ODS-G1, JAM-G1). */
  OFFER
}
