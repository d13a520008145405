package dk.kvalitetsstandard.deadline;

/**
 * Computes the deadlines of one kind (or two closely tied kinds) for a case and adds them, with
 * any finding, to an {@link Evaluation}. One small class per kind; stateless and thread-safe.
 */
interface Evaluator {

  /** Adds this evaluator's deadlines and findings for the case of {@code evaluation}. */
  void evaluate(Evaluation evaluation);
}
