package dk.kvalitetsstandard.standard;

/**
 * How a key figure's percentage is meant: as a floor or as a ceiling.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Bound {
  /** The share is to be at least the percentage. */
  AT_LEAST,
  /** The share is to be at most the percentage. */
  AT_MOST
}
