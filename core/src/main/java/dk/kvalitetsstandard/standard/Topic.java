package dk.kvalitetsstandard.standard;

/**
 * The subject of a {@link Statement}: a rule of a standard that is informative rather than computable.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Topic {
  /** What the standard covers and where it applies. */
  SCOPE,
  /** Whom the treatment is for. */
  TARGET_GROUP,
  /** How and by whom offers are allocated. */
  VISITATION,
  /** How the citizen's problems and needs are assessed. */
  ASSESSMENT,
  /** How a citizen applies, and how an application or complaint is handled. */
  APPLICATION,
  /** When a citizen can stay anonymous. */
  ANONYMITY,
  /** The citizen's children and family, and the duty to notify (NAT-P4). */
  CHILDREN_AND_FAMILY,
  /** Groups with particular needs, for example pregnant citizens. */
  SPECIAL_GROUPS,
  /** What the standard expects of the citizen. */
  CITIZEN_RESPONSIBILITIES,
  /** The course of residential treatment and the passage out of it. */
  RESIDENTIAL_COURSE,
  /** How the citizen takes part in planning the treatment. */
  USER_INVOLVEMENT,
  /** The staff's qualifications and training. */
  STAFF,
  /** How the treatment is monitored. */
  MONITORING,
  /** The treatment's goals and values. */
  GOALS_AND_VALUES
}
