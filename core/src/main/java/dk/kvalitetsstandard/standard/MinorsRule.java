package dk.kvalitetsstandard.standard;

/** How a standard's guarantee treats a citizen under 18. */
public enum MinorsRule {
  /** The guarantee applies as for adults. */
  APPLIES,
  /** It applies only once the authority has decided so (RAN-G2). */
  NEEDS_DECISION,
  /** The standard's criteria exclude under-18s from the offer it guarantees. */
  NOT_COVERED,
  /** The standard says nothing about under-18s. */
  NOT_STATED
}
