package dk.kvalitetsstandard.standard;

/** What a citizen in treatment may be asked to pay for, in contract order. */
public enum FeeItem {
  TREATMENT, BOARD, LODGING, MEDICINE_OUTSIDE_TREATMENT, TRANSPORT
}
