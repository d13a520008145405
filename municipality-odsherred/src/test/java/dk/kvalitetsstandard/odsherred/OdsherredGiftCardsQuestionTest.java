package dk.kvalitetsstandard.odsherred;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.GiftCardsAnswer;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Session;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GIFT_CARDS questions put to the {@link Assessor} for Odsherred (QUESTIONS.md; RULES.md ODS-O4: the
 * intensive course by the MOVE method may use gift cards, with no earning rule, value or cap
 * stated; NAT-K1, NAT-K2, NAT-Y1). Expected values by hand.
 */
@DisplayName("Odsherred GIFT_CARDS: a scheme named in the MOVE course (ODS-O4), nothing computed")
class OdsherredGiftCardsQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final String NOT_STATED = "The standard names a gift-card scheme but says neither how cards are "
      + "earned nor what they are worth, so nothing is computed.";

  /** Twelve weekly sessions from 5 January 2026: ten attended, one no-show, one cancelled with notice. */
  private static List<Session> twelveWeeks() {
    List<Session> sessions = new ArrayList<>();
    for (int week = 0; week < 12; week++) {
      Attendance attendance = week == 3 ? Attendance.NO_SHOW : week == 7 ? Attendance.CANCELLED_WITH_NOTICE
          : Attendance.ATTENDED;
      sessions.add(Session.of(LocalDate.of(2026, 1, 5).plusWeeks(week), attendance));
    }
    return sessions;
  }

  private static GiftCardsQuestion.Builder question(String offer, Profile citizen) {
    return GiftCardsQuestion.builder().municipality("odsherred").asOf(AS_OF).track(Track.SOCIAL_DRUG).offer(offer)
        .citizen(citizen).addAllSessions(twelveWeeks())
        .addFollowUpSessions(Session.of(LocalDate.of(2026, 5, 1), Attendance.ATTENDED));
  }

  private static GiftCardsAnswer ask(GiftCardsQuestion.Builder question) {
    return ASSESSOR.giftCards(question.build(), Locale.ENGLISH);
  }

  @Test
  @DisplayName("ODS-O4 NAT-K1 NAT-K2 a MOVE course: the scheme is named, cards, amount and value are unknown, and the message says why")
  void moveSchemeNamedNothingComputed() {
    GiftCardsAnswer a = ask(question("MOVE", Profile.builder().age(22).build()));
    assertAll(
        () -> assertEquals("odsherred", a.municipality()),
        () -> assertEquals(Optional.of("move-gift-cards"), a.scheme()),
        () -> assertEquals(Optional.empty(), a.cards()),
        () -> assertEquals(Optional.empty(), a.amountDkk()),
        () -> assertEquals(Optional.empty(), a.perCardDkk()),
        () -> assertFalse(a.deductibleFromBenefits()),
        () -> assertEquals("ODS-O4", a.rule()),
        () -> assertEquals("SEL § 101, stk. 9", a.legalBasis()),
        () -> assertEquals(NOT_STATED, a.message()));
  }

  @Test
  @DisplayName("ODS-O4 NAT-Y1 the offer by its ID 'move' for a 16-year-old: the same answer, gift cards under Barnets lov § 34")
  void moveByIdUnder18() {
    GiftCardsAnswer a = ask(question("move", Profile.builder().age(16).build()));
    assertAll(
        () -> assertEquals(Optional.of("move-gift-cards"), a.scheme()),
        () -> assertEquals(Optional.empty(), a.cards()),
        () -> assertEquals(Optional.empty(), a.amountDkk()),
        () -> assertEquals(Optional.empty(), a.perCardDkk()),
        () -> assertFalse(a.deductibleFromBenefits()),
        () -> assertEquals("ODS-O4", a.rule()),
        () -> assertEquals("Barnets lov § 34", a.legalBasis()),
        () -> assertEquals(NOT_STATED, a.message()));
  }

  @Test
  @DisplayName("ODS-O4 ODS-M2 the age not given and no sessions: the standard states no age limit, so still no error and nothing computed")
  void noAgeNoSessions() {
    GiftCardsAnswer a = ASSESSOR.giftCards(GiftCardsQuestion.builder().municipality("odsherred").asOf(AS_OF)
        .track(Track.ALCOHOL).offer("MOVE").build(), Locale.ENGLISH);
    assertAll(
        () -> assertEquals(Optional.of("move-gift-cards"), a.scheme()),
        () -> assertEquals(Optional.empty(), a.cards()),
        () -> assertEquals(Optional.empty(), a.amountDkk()),
        () -> assertEquals("SEL § 101, stk. 9", a.legalBasis()),
        () -> assertEquals(NOT_STATED, a.message()));
  }

  @Test
  @DisplayName("ODS-O2 ODS-O4 a low-intensity course is not the MOVE course: no scheme, no cards")
  void lowIntensityEarnsNone() {
    GiftCardsAnswer a = ask(question("outpatient-low", Profile.builder().age(30).build()));
    assertAll(
        () -> assertEquals(Optional.empty(), a.scheme()),
        () -> assertEquals(Optional.of(0), a.cards()),
        () -> assertEquals(Optional.of(0), a.amountDkk()),
        () -> assertEquals(Optional.empty(), a.perCardDkk()),
        () -> assertFalse(a.deductibleFromBenefits()),
        () -> assertEquals("ODS-O4", a.rule()),
        () -> assertEquals("Gift cards are given only in MOVE; a course in outpatient treatment earns none.", a.message()));
  }

  @Test
  @DisplayName("ODS-O5 ODS-O4 day treatment earns no gift cards")
  void dayEarnsNone() {
    GiftCardsAnswer a = ask(question("DAY", Profile.builder().age(30).build()));
    assertAll(
        () -> assertEquals(Optional.empty(), a.scheme()),
        () -> assertEquals(Optional.of(0), a.cards()),
        () -> assertEquals(Optional.of(0), a.amountDkk()),
        () -> assertEquals("Gift cards are given only in MOVE; a course in day treatment earns none.", a.message()));
  }

  @Test
  @DisplayName("ODS-O4 NAT-K2 the MOVE answer in Danish")
  void danish() {
    GiftCardsAnswer a = ASSESSOR.giftCards(question("MOVE", Profile.builder().age(22).build()).build(),
        Locale.forLanguageTag("da"));
    assertAll(
        () -> assertEquals(Optional.of("move-gift-cards"), a.scheme()),
        () -> assertEquals(Optional.empty(), a.cards()),
        () -> assertFalse(a.deductibleFromBenefits()),
        () -> assertEquals("Kvalitetsstandarden nævner en gavekortordning, men hverken hvordan gavekortene optjenes, eller "
            + "hvad de er værd, så der kan ikke beregnes noget.", a.message()));
  }

  @Test
  @DisplayName("ODS-O4 sessions after asOf are errors naming each session's JSON path")
  void sessionsAfterAsOf() {
    GiftCardsQuestion q = GiftCardsQuestion.builder().municipality("odsherred").asOf(LocalDate.of(2026, 1, 20))
        .track(Track.SOCIAL_DRUG).offer("MOVE").addAllSessions(twelveWeeks())
        .addFollowUpSessions(Session.of(LocalDate.of(2026, 5, 1), Attendance.ATTENDED)).build();
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ASSESSOR.giftCards(q, Locale.ENGLISH));
    // 5, 12, 19 January are not after the 20th; weeks 3..11 (26 January to 23 March) are.
    List<String> expected = new ArrayList<>();
    for (int i = 3; i < 12; i++) {
      expected.add("sessions[" + i + "].date");
    }
    expected.add("followUpSessions[0].date");
    List<String> actual = e.problems().stream().map(p -> p.path()).toList();
    assertEquals(expected.size(), actual.size(), actual.toString());
    assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(actual));
    assertEquals("2026-01-26 lies after asOf 2026-01-20", e.problems().stream()
        .filter(p -> p.path().equals("sessions[3].date")).findFirst().orElseThrow().message());
  }
}
