package dk.kvalitetsstandard.cases;

/**
 * The outcome of a decision the citizen received.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
  /** What the citizen applied for was granted in full. */
  GRANTED,
  /** What the citizen applied for was granted in part. */
  PARTLY_GRANTED,
  /** What the citizen applied for was refused. */
  REFUSED;

  /**
   * Checks whether the outcome goes against the citizen, so that the citizen may complain about it.
   *
   * @return true if the decision was a refusal or only a partial grant
   */
  public boolean isAdverse() {
    return this != GRANTED;
  }
}
