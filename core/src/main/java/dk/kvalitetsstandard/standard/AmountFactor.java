package dk.kvalitetsstandard.standard;

/** What the amount of a charge depends on. */
public enum AmountFactor {
  INCOME, NECESSARY_FIXED_EXPENSES, OBLIGATIONS, MEANS, FACILITY_RENT_AND_UTILITIES, OWN_HOME_RENT,
  /** The actual cost, charged in full or in part (GEN-E1). */
  ACTUAL_COST
}
