package dk.kvalitetsstandard.standard;

/** Whether a standard has been adopted, and whether the date is known. */
public enum AdoptionStatus {
  /** Adopted on a known date. */
  ADOPTED,
  /** A draft: the adoption date is left blank in the text (RAN-M1). */
  DRAFT,
  /** Published without an adoption date (GEN-M1; JAM-M1 gives a period but no adoption). */
  UNDATED
}
