package dk.kvalitetsstandard.standard;

/** Whether and when a fee item is charged to the citizen. */
public enum Charge {
  /** Never charged. */
  FREE,
  /** Charged; the amount depends on the stated factors. */
  CHARGED,
  /** Charged only if the citizen does not already pay for a home (RIN-E2). */
  CHARGED_UNLESS_HOME_ALREADY_PAID,
  /** Charged only if the citizen can afford it (ODS-E2). */
  CHARGED_IF_AFFORDABLE,
  /** Paid by the municipality (ODS-E3). */
  PAID_BY_MUNICIPALITY
}
