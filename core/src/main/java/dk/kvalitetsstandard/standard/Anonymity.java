package dk.kvalitetsstandard.standard;

/** Whether an offer can be used without giving one's identity. */
public enum Anonymity {
  /** The citizen is identified. */
  NOT_ANONYMOUS,
  /** The citizen may choose to stay anonymous. */
  ANONYMITY_POSSIBLE,
  /** The offer is anonymous by law or by design (SEL § 101 a). */
  ANONYMOUS
}
