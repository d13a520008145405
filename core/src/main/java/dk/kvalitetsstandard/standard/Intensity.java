package dk.kvalitetsstandard.standard;

/**
 * The intensity level of an outpatient offer, where a standard grades it (Odsherred). Under free
 * choice the chosen offer must match the visited offer's intensity (NAT-F1).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Intensity {
  /** The lowest level (in Odsherred, one or two sessions a month). */
  LOW,
  /** The middle level. */
  MEDIUM,
  /** The highest level (in Odsherred, at least one session a week). */
  HIGH
}
