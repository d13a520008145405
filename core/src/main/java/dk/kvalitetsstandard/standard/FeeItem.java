package dk.kvalitetsstandard.standard;

/**
 * What a citizen in treatment may be asked to pay for, in contract order.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FeeItem {
  /** The treatment itself; social drug treatment is free (NAT-E1). */
  TREATMENT,
  /** Board (kost); residential treatment may charge for it (NAT-E2). */
  BOARD,
  /** Lodging (logi); residential treatment may charge for it (NAT-E2). */
  LODGING,
  /** Medicine that is not part of the treatment of the drug use. */
  MEDICINE_OUTSIDE_TREATMENT,
  /** Transport to and from the place of treatment. */
  TRANSPORT
}
