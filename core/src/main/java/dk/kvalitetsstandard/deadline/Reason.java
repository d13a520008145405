package dk.kvalitetsstandard.deadline;

/** Why a deadline has a status other than the plain outcome of its dates; selects the explanation. */
enum Reason {
  /** The status follows from the dates alone. */
  DATES,
  ANONYMOUS_GUARANTEE,
  FREE_CHOICE,
  REFUSED,
  MINOR_UNDECIDED,
  MINOR_REFUSED,
  NOT_APPEALABLE,
  CASE_HANDLING,
  HEALTH,
  ACTION_PLAN_ANONYMOUS,
  /** The course closed before treatment started and before the guarantee fell due. */
  COURSE_ENDED
}
