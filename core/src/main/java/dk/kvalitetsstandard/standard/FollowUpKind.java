package dk.kvalitetsstandard.standard;

/** What a follow-up after the end of treatment is. */
public enum FollowUpKind {
  /** A follow-up on the treatment plan (NAT-U1). */
  FOLLOW_UP,
  /** A relapse-prevention conversation (JAM-D1). */
  RELAPSE_PREVENTION
}
