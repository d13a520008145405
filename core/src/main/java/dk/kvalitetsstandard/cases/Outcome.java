package dk.kvalitetsstandard.cases;

/** The outcome of a decision the citizen received. */
public enum Outcome {
  GRANTED, PARTLY_GRANTED, REFUSED;

  /** Whether the citizen may complain about it: refused or only partly granted. */
  public boolean isAdverse() {
    return this != GRANTED;
  }
}
