package dk.kvalitetsstandard.text;

import dk.kvalitetsstandard.text.internal.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.FloorFinding;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.ChoiceOutcome;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.AmountFactor;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.Intensity;
import dk.kvalitetsstandard.standard.OfferKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Dates and words as people read them, in Danish and English. */
class DatesAndWordsTest {

  private static final Locale DA = Locale.forLanguageTag("da");

  @Test
  @DisplayName("A date in Danish prose is '5. januar 2026', in English '5 January 2026'; every month has its name")
  void longForm() {
    assertEquals("5. januar 2026", Dates.longForm(LocalDate.of(2026, 1, 5), DA));
    assertEquals("5 January 2026", Dates.longForm(LocalDate.of(2026, 1, 5), Locale.ENGLISH));
    assertEquals("29. februar 2028", Dates.longForm(LocalDate.of(2028, 2, 29), Locale.forLanguageTag("da-DK")));
    assertEquals("31 December 2023", Dates.longForm(LocalDate.of(2023, 12, 31), Locale.GERMAN), "any other language: English");
    List<String> danish = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
        "oktober", "november", "december");
    for (int month = 1; month <= 12; month++) {
      assertEquals("1. " + danish.get(month - 1) + " 2026", Dates.longForm(LocalDate.of(2026, month, 1), DA));
    }
  }

  @Test
  @DisplayName("A date in a table: '05.01.2026' in Danish, '5 Jan 2026' in English")
  void shortForm() {
    assertEquals("05.01.2026", Dates.shortForm(LocalDate.of(2026, 1, 5), DA));
    assertEquals("24.12.2026", Dates.shortForm(LocalDate.of(2026, 12, 24), DA));
    assertEquals("5 Jan 2026", Dates.shortForm(LocalDate.of(2026, 1, 5), Locale.ENGLISH));
    assertEquals("19 Sep 2026", Dates.shortForm(LocalDate.of(2026, 9, 19), Locale.ENGLISH));
  }

  @Test
  @DisplayName("A message given a date writes it as prose, with a plain and with a choice pattern alike")
  void messagesWriteDates() {
    LocalDate day = LocalDate.of(2026, 4, 7);
    assertEquals("Borgeren blev visiteret til ambulant behandling den 7. april 2026.",
        Messages.of("dk.kvalitetsstandard.questions.Answers", DA).format("fc.visited", "ambulant behandling", day));
    assertEquals("The citizen was visited to outpatient treatment on 7 April 2026.",
        Messages.of("dk.kvalitetsstandard.questions.Answers", Locale.ENGLISH).format("fc.visited", "outpatient treatment", day));
    assertEquals("Lapsed: no complaint was made by 7 April 2026.",
        Messages.of("dk.kvalitetsstandard.deadline.Explanations", Locale.ENGLISH).format("status.LAPSED.open", null, day));
  }

  @Test
  @DisplayName("Every code a person reads has a word in both languages, the Danish one not the English (but MOVE, transport)")
  void everyCodeHasAWord() {
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Status.class, DeadlineKind.class, Track.class,
        ComplaintSubject.class, Outcome.class, OfferKind.class, Intensity.class, FeeItem.class, AmountFactor.class,
        Eligibility.class, ChoiceOutcome.class, EndStatus.class, ClockStart.class, FloorFinding.Kind.class,
        AdoptionStatus.class, RequiredContent.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        String danish = Words.of(DA).name(value);
        String english = Words.of(Locale.ENGLISH).name(value);
        assertFalse(danish.isBlank() || english.isBlank(), value.toString());
        assertFalse(danish.contains("_") || english.contains("_"), value + " is written as a word");
        if (value != OfferKind.MOVE && value != FeeItem.TRANSPORT) {
          assertNotEquals(english, danish, value + " in Danish");
        }
      }
    }
    assertEquals("overskredet", Words.of(DA).name(Status.BREACHED));
    assertEquals("ambulant behandling", Words.of(DA).name(OfferKind.OUTPATIENT));
    assertEquals("Behandlingsgaranti", Words.capitalized(Words.of(DA).name(DeadlineKind.TREATMENT_GUARANTEE)));
  }

  @Test
  @DisplayName("The Danish names of the fifteen required contents are those of BEK nr. 1477 that RequiredContent carries")
  void requiredContentsInDanish() {
    for (RequiredContent content : RequiredContent.values()) {
      assertEquals(content.danishName(), Words.of(DA).name(content));
    }
  }
}
