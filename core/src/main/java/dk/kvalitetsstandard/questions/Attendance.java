package dk.kvalitetsstandard.questions;

/** Whether the citizen came to a session. */
public enum Attendance {
  /** The citizen came. */
  ATTENDED,
  /** The citizen stayed away without notice: the session is used up and its card forfeited (RAN-K3). */
  NO_SHOW,
  /** The citizen cancelled in time: the session was not held and is not counted. */
  CANCELLED_WITH_NOTICE
}
