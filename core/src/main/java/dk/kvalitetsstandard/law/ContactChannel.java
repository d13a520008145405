package dk.kvalitetsstandard.law;

/**
 * How a citizen made contact. The first three are personal contacts, which start the national
 * guarantee clock ({@link NationalFloor#GUARANTEE_CLOCK}); a contact via a provider does not.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ContactChannel {
  /** In person, face to face. */
  IN_PERSON,
  /** By telephone. */
  PHONE,
  /** In writing, through a digital channel. */
  DIGITAL,
  /** Passed on by a treatment provider rather than made with the municipality itself. */
  VIA_PROVIDER
}
