package dk.kvalitetsstandard.questions;

/**
 * The answer to one of the four questions: {@link FreeChoiceAnswer}, {@link ScreeningAnswer},
 * {@link FeesAnswer} or {@link GiftCardsAnswer}. The set is closed, so a caller can handle every
 * answer with a type test on each of the four.
 */
public sealed interface Answer permits FreeChoiceAnswer, ScreeningAnswer, FeesAnswer, GiftCardsAnswer {

  /** {@return the municipality's slug, as the registry knows it} */
  String municipality();
}
