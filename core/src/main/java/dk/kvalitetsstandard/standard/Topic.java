package dk.kvalitetsstandard.standard;

/** The subject of a {@link Statement}: a rule of a standard that is informative rather than computable. */
public enum Topic {
  SCOPE, TARGET_GROUP, VISITATION, ASSESSMENT, APPLICATION, ANONYMITY, CHILDREN_AND_FAMILY, SPECIAL_GROUPS,
  CITIZEN_RESPONSIBILITIES, RESIDENTIAL_COURSE, USER_INVOLVEMENT, STAFF, MONITORING, GOALS_AND_VALUES
}
