package dk.kvalitetsstandard.standard;

/** Whether sessions are held one to one, in groups, with a partner or with the family. */
public enum Format {
  INDIVIDUAL, GROUP, COUPLE, FAMILY
}
