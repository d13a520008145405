package dk.kvalitetsstandard.standard;

/** The intensity level of an outpatient offer, where a standard grades it (Odsherred). */
public enum Intensity {
  LOW, MEDIUM, HIGH
}
