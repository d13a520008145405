package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.law.Track;
import java.time.LocalDate;

/**
 * One of the four questions the library answers, and what every one of them names: the
 * municipality, the date it is asked on, and the track. The set is closed: {@link FreeChoiceQuestion},
 * {@link ScreeningQuestion}, {@link FeesQuestion} and {@link GiftCardsQuestion}, each answered by
 * its own {@link Answer}.
 */
public sealed interface Question permits FreeChoiceQuestion, ScreeningQuestion, FeesQuestion, GiftCardsQuestion {

  /** {@return the municipality's slug or four-digit code} */
  String municipality();

  /** {@return the date the question is asked on; the standard in force then applies} */
  LocalDate asOf();

  /** {@return the track the question concerns} */
  Track track();
}
