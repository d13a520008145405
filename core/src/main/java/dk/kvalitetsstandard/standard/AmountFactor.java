package dk.kvalitetsstandard.standard;

/**
 * What the amount of a charge depends on.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AmountFactor {
  /** The citizen's income (indtægt, forsørgelsesgrundlag). */
  INCOME,
  /** The citizen's necessary fixed expenses (faste nødvendige udgifter). */
  NECESSARY_FIXED_EXPENSES,
  /** The citizen's obligations (forpligtelser). */
  OBLIGATIONS,
  /** The citizen's means (formåen). */
  MEANS,
  /** The rent and utilities of the residential facility. */
  FACILITY_RENT_AND_UTILITIES,
  /** The rent of the citizen's own home. */
  OWN_HOME_RENT,
  /** The actual cost, charged in full or in part (GEN-E1). */
  ACTUAL_COST
}
