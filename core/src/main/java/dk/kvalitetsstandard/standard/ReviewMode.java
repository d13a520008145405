package dk.kvalitetsstandard.standard;

/** How a standard schedules reviews of the treatment plan. */
public enum ReviewMode {
  /** At a fixed latest interval (every 6 months). */
  PERIODIC,
  /** Continuously, with no stated interval. */
  CONTINUOUS,
  /** After a period agreed with the citizen. */
  AFTER_AGREED_PERIOD,
  /** Individually; the standard states no schedule. */
  INDIVIDUAL
}
