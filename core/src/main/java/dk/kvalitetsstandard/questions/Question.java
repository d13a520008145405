package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.law.Track;
import java.time.LocalDate;

/** What every question names: the municipality, the date it is asked on, and the track. */
public interface Question {

  /** The municipality's slug or four-digit code. */
  String municipality();

  /** The date the question is asked on; the standard in force then applies. */
  LocalDate asOf();

  Track track();
}
