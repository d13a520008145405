package dk.kvalitetsstandard.law;

/** How treatment ended: the discharge statuses of a case file. */
public enum EndStatus {
  /** Completed (færdigbehandlet). */
  COMPLETED,
  /** Transferred to another offer. */
  OTHER_OFFER,
  /** Transferred to hospital. */
  HOSPITAL,
  /** Ended for another reason. */
  OTHER_REASON,
  /** The citizen dropped out. */
  DROPPED_OUT,
  /** The citizen died: never followed up. */
  DECEASED
}
