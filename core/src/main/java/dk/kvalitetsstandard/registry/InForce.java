package dk.kvalitetsstandard.registry;

/** How a standard found for a date relates to that date. */
public enum InForce {
  /** The standard is in force on the date (a standard with no period always is). */
  IN_FORCE,
  /** The municipality's latest standard had expired by the date; it is still the best description of its practice. */
  EXPIRED,
  /** The municipality's only standards start after the date. */
  NOT_YET_IN_FORCE
}
