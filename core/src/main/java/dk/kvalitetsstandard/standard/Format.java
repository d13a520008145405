package dk.kvalitetsstandard.standard;

/**
 * Whether sessions are held one to one, in groups, with a partner or with the family.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Format {
  /** One to one. */
  INDIVIDUAL,
  /** In a group. */
  GROUP,
  /** With the citizen's partner. */
  COUPLE,
  /** With the citizen's family. */
  FAMILY
}
