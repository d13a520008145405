package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.Problem;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * GIFT_CARDS questions put to the {@link Assessor} for Randers (QUESTIONS.md; RULES.md RAN-K1..K4,
 * NAT-K1, NAT-K2, NAT-Y1). The card counts and amounts are worked out by hand.
 *
 * <p>Sessions are written as a string, one letter per weekly session from Monday 5 January 2026:
 * {@code A} attended, {@code N} no-show, {@code C} cancelled with notice.
 */
class RandersGiftCardsQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final LocalDate COURSE_START = LocalDate.of(2026, 1, 5);
  private static final LocalDate FOLLOW_UP_START = LocalDate.of(2026, 4, 27);

  /** Weekly sessions from {@code first}, one per letter: A attended, N no-show, C cancelled with notice. */
  private static List<Session> weekly(LocalDate first, String pattern) {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < pattern.length(); i++) {
      Attendance attendance = switch (pattern.charAt(i)) {
        case 'A' -> Attendance.ATTENDED;
        case 'N' -> Attendance.NO_SHOW;
        case 'C' -> Attendance.CANCELLED_WITH_NOTICE;
        default -> throw new IllegalArgumentException(pattern);
      };
      sessions.add(Session.of(first.plusWeeks(i), attendance));
    }
    return sessions;
  }

  private static GiftCardsQuestion question(String offer, Profile citizen, List<Session> sessions,
      List<Session> followUp) {
    return GiftCardsQuestion.builder().municipality("randers").asOf(AS_OF).track(Track.SOCIAL_DRUG).offer(offer)
        .citizen(citizen).addAllSessions(sessions).addAllFollowUpSessions(followUp).build();
  }

  private static GiftCardsAnswer move(String course, String followUp) {
    return ASSESSOR.giftCards(question("MOVE", Profile.builder().age(22).build(), weekly(COURSE_START, course),
        weekly(FOLLOW_UP_START, followUp)), Locale.ENGLISH);
  }

  private static void assertCards(int cards, int amountDkk, GiftCardsAnswer answer) {
    assertEquals(Optional.of("move-gift-cards"), answer.scheme());
    assertEquals(Optional.of(cards), answer.cards(), "cards");
    assertEquals(Optional.of(amountDkk), answer.amountDkk(), "amountDkk");
    assertEquals(Optional.of(200), answer.perCardDkk(), "perCardDkk");
    assertEquals("RAN-K2", answer.rule());
    assertFalse(answer.deductibleFromBenefits(), "NAT-K2");
  }

  // ------------------------------------------------------------------ the QUESTIONS.md example

  @Test
  @Tag("RAN-K2")
  @Tag("RAN-K3")
  @Tag("RAN-K4")
  @DisplayName("RAN-K2, RAN-K3, RAN-K4 QUESTIONS.md example: one attendance, one no-show, one cancellation with "
      + "notice and an attended follow-up session earn no card")
  void questionsExample() {
    GiftCardsQuestion question = question("MOVE", Profile.builder().age(22).build(),
        List.of(Session.of(LocalDate.of(2026, 1, 5), Attendance.ATTENDED),
            Session.of(LocalDate.of(2026, 1, 12), Attendance.NO_SHOW),
            Session.of(LocalDate.of(2026, 1, 19), Attendance.CANCELLED_WITH_NOTICE)),
        List.of(Session.of(LocalDate.of(2026, 5, 1), Attendance.ATTENDED)));

    GiftCardsAnswer answer = ASSESSOR.giftCards(question, Locale.ENGLISH);

    assertEquals("randers", answer.municipality());
    assertCards(0, 0, answer);
    assertEquals("SEL § 101, stk. 9", answer.legalBasis());
    assertEquals("One attendance among the 2 sessions that count earns no gift card; gift cards are never deducted from "
        + "subsistence benefits or other income-dependent public benefits.", answer.message());
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2 a course of 16 sessions, all attended: only the first 14 count, 7 cards, DKK 1400")
  void sixteenAttendedEarnSeven() {
    GiftCardsAnswer answer = move("AAAAAAAAAAAAAAAA", "");

    assertCards(7, 1400, answer);
    assertEquals("14 attendances among the 14 sessions that count earn 7 gift cards of DKK 200, DKK 1,400 in all; gift "
        + "cards are never deducted from subsistence benefits or other income-dependent public benefits.", answer.message());
  }

  // ------------------------------------------------------------------ RAN-K2: one card per second attendance, at most 7

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2 one card per second attendance: 1 attendance 0 cards, 2 one card, 3 one card, 4 two cards")
  void oneCardPerSecondAttendance() {
    assertCards(0, 0, move("A", ""));
    assertCards(1, 200, move("AA", ""));
    assertCards(1, 200, move("AAA", ""));
    assertCards(2, 400, move("AAAA", ""));
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2 twelve sessions attended earn 6 cards (DKK 1200); thirteen still 6")
  void twelveAndThirteen() {
    assertCards(6, 1200, move("AAAAAAAAAAAA", ""));
    assertCards(6, 1200, move("AAAAAAAAAAAAA", ""));
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2 fourteen sessions attended reach the cap exactly: 7 cards, DKK 1400")
  void fourteenReachTheCap() {
    assertCards(7, 1400, move("AAAAAAAAAAAAAA", ""));
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2 attendances after the 14th session never count: 13 held sessions with one no-show, then 3 "
      + "attended, earn 6 cards")
  void sessionsAfterTheFourteenthDoNotCount() {
    // Sessions 1-14: A×6, N, A×7 = 13 attendances; sessions 15-17 fall outside the counted 14.
    assertCards(6, 1200, move("AAAAAANAAAAAAAAAA", ""));
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2 empty course: no sessions, no cards")
  void noSessions() {
    assertCards(0, 0, move("", ""));
  }

  // ------------------------------------------------------------------ RAN-K3: no-shows

  @Test
  @Tag("RAN-K3")
  @DisplayName("RAN-K3 a no-show is no attendance: A, N, A earns one card (two attendances)")
  void noShowIsNoAttendance() {
    assertCards(1, 200, move("ANA", ""));
    assertCards(0, 0, move("NNA", ""));
  }

  @Test
  @Tag("RAN-K3")
  @DisplayName("RAN-K3 a no-show uses up a counted session: 14 sessions with one no-show earn 6 cards, and a 15th "
      + "and 16th attendance do not make up for it")
  void noShowUsesUpACountedSession() {
    assertCards(6, 1200, move("ANAAAAAAAAAAAA", ""));
    assertCards(6, 1200, move("ANAAAAAAAAAAAAAA", ""));
  }

  @Test
  @Tag("RAN-K3")
  @DisplayName("RAN-K3 two no-shows among the first 14, then attended sessions: 12 attendances, 6 cards")
  void twoNoShows() {
    assertCards(6, 1200, move("NAAAAAANAAAAAAAA", ""));
  }

  @Test
  @Tag("RAN-K3")
  @DisplayName("RAN-K3 a course of no-shows only earns nothing")
  void onlyNoShows() {
    GiftCardsAnswer answer = move("NNNN", "");
    assertCards(0, 0, answer);
    assertEquals("No attendance among the 4 sessions that count earns no gift card; gift cards are never deducted from "
        + "subsistence benefits or other income-dependent public benefits.", answer.message());
  }

  // ------------------------------------------------------------------ cancellations with notice

  @Test
  @Tag("RAN-K3")
  @DisplayName("RAN-K3 a cancellation with notice is not a held session and uses none up: two cancellations and "
      + "14 attendances still earn 7 cards")
  void cancellationDoesNotUseUpASession() {
    assertCards(7, 1400, move("CAAAAAAACAAAAAAA", ""));
  }

  @Test
  @Tag("RAN-K3")
  @DisplayName("RAN-K3 a cancellation with notice is not an attendance either: A, C, A earns one card, A, C one "
      + "attendance none")
  void cancellationIsNoAttendance() {
    assertCards(1, 200, move("ACA", ""));
    assertCards(0, 0, move("AC", ""));
  }

  @Test
  @Tag("RAN-K3")
  @DisplayName("RAN-K3 a cancellation frees a counted place for a later attendance, a no-show does not: "
      + "13 A + C + A = 7 cards, 13 A + N + A = 6 cards")
  void cancellationVersusNoShow() {
    assertCards(7, 1400, move("AAAAAAAAAAAAACA", ""));
    assertCards(6, 1200, move("AAAAAAAAAAAAANA", ""));
  }

  // ------------------------------------------------------------------ RAN-K4: follow-up

  @Test
  @Tag("RAN-K4")
  @DisplayName("RAN-K4 follow-up sessions never earn cards: no course sessions and six attended follow-ups earn 0")
  void followUpEarnsNothing() {
    assertCards(0, 0, move("", "AAAAAA"));
  }

  @Test
  @Tag("RAN-K4")
  @DisplayName("RAN-K4 follow-up attendances do not complete a pair: 13 course attendances and 1 follow-up earn 6 "
      + "cards, not 7")
  void followUpDoesNotCompleteAPair() {
    assertCards(6, 1200, move("AAAAAAAAAAAAA", "A"));
  }

  // ------------------------------------------------------------------ RAN-K1: MOVE only

  @Test
  @Tag("RAN-K1")
  @DisplayName("RAN-K1 gift cards only in MOVE: an outpatient course of 14 attendances earns none, no scheme named")
  void outpatientCourseEarnsNone() {
    GiftCardsAnswer answer = ASSESSOR.giftCards(question("OUTPATIENT", Profile.builder().age(22).build(),
        weekly(COURSE_START, "AAAAAAAAAAAAAA"), List.of()), Locale.ENGLISH);

    assertEquals(Optional.empty(), answer.scheme());
    assertEquals(Optional.of(0), answer.cards());
    assertEquals(Optional.of(0), answer.amountDkk());
    assertFalse(answer.deductibleFromBenefits());
    assertEquals("Gift cards are given only in MOVE; a course in outpatient treatment earns none.", answer.message());
  }

  @Test
  @Tag("RAN-K1")
  @DisplayName("RAN-K1 residential treatment and Randers' family-oriented offer earn no cards either")
  void otherOffersEarnNone() {
    for (String offer : List.of("RESIDENTIAL", "family-oriented", "counselling")) {
      GiftCardsAnswer answer = ASSESSOR.giftCards(question(offer, Profile.builder().age(30).build(),
          weekly(COURSE_START, "AAAA"), List.of()), Locale.ENGLISH);
      assertEquals(Optional.empty(), answer.scheme(), offer);
      assertEquals(Optional.of(0), answer.cards(), offer);
      assertEquals(Optional.of(0), answer.amountDkk(), offer);
    }
  }

  @Test
  @Tag("RAN-K1")
  @DisplayName("RAN-K1 the rule that decides an outpatient course earns nothing is RAN-K1 (MOVE only)")
  void outpatientCourseNamesRanK1() {
    GiftCardsAnswer answer = ASSESSOR.giftCards(question("OUTPATIENT", Profile.builder().age(22).build(),
        weekly(COURSE_START, "AA"), List.of()), Locale.ENGLISH);

    assertEquals("RAN-K1", answer.rule());
  }

  @Test
  @Tag("RAN-K2")
  @Tag("RAN-O3")
  @DisplayName("RAN-K2, RAN-O3 the course may be named by Randers' offer ID 'move'")
  void moveById() {
    GiftCardsAnswer answer = ASSESSOR.giftCards(question("move", Profile.builder().age(22).build(),
        weekly(COURSE_START, "AAAA"), List.of()), Locale.ENGLISH);
    assertCards(2, 400, answer);
  }

  // ------------------------------------------------------------------ legal basis, errors, Danish

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2, NAT-K1, NAT-Y1 a citizen of 16 in 2026: gift cards under Barnets lov § 34; age not given: "
      + "SEL § 101, stk. 9; the scheme sets no age")
  void legalBasisByAge() {
    GiftCardsAnswer minor = ASSESSOR.giftCards(question("MOVE", Profile.builder().age(16).build(),
        weekly(COURSE_START, "AAAA"), List.of()), Locale.ENGLISH);
    GiftCardsAnswer unknownAge = ASSESSOR.giftCards(question("MOVE", Profile.unknown(),
        weekly(COURSE_START, "AAAA"), List.of()), Locale.ENGLISH);

    assertEquals("Barnets lov § 34", minor.legalBasis());
    assertCards(2, 400, minor);
    assertEquals("SEL § 101, stk. 9", unknownAge.legalBasis());
    assertCards(2, 400, unknownAge);
  }

  @Test
  @Tag("RAN-K4")
  @DisplayName("RAN-K2, RAN-K4 sessions or follow-up sessions dated after asOf are errors naming each JSON path")
  void sessionsAfterAsOfAreErrors() {
    GiftCardsQuestion question = question("MOVE", Profile.builder().age(22).build(),
        List.of(Session.of(LocalDate.of(2026, 5, 25), Attendance.ATTENDED),
            Session.of(LocalDate.of(2026, 6, 2), Attendance.ATTENDED)),
        List.of(Session.of(LocalDate.of(2026, 7, 1), Attendance.ATTENDED)));

    InvalidCaseException error = assertThrows(InvalidCaseException.class,
        () -> ASSESSOR.giftCards(question, Locale.ENGLISH));
    assertEquals(List.of("followUpSessions[0].date", "sessions[1].date"),
        error.problems().stream().map(Problem::path).toList());
    assertTrue(error.problems().get(1).message().contains("2026-06-02"), error.problems().get(1).message());
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2, RAN-K3, RAN-K4 the QUESTIONS.md example and a full course answered in Danish")
  void danishAnswer() {
    Locale da = Locale.forLanguageTag("da");
    GiftCardsAnswer example = ASSESSOR.giftCards(question("MOVE", Profile.builder().age(22).build(),
        weekly(COURSE_START, "ANC"), weekly(FOLLOW_UP_START, "A")), da);
    GiftCardsAnswer full = ASSESSOR.giftCards(question("MOVE", Profile.builder().age(22).build(),
        weekly(COURSE_START, "AAAAAAAAAAAAAAAA"), List.of()), da);

    assertCards(0, 0, example);
    assertEquals("Ét fremmøde ud af 2 sessioner, der tæller med, giver ikke noget gavekort. Gavekort modregnes ikke i "
        + "forsørgelsesydelser eller andre indkomstafhængige offentlige ydelser.", example.message());
    assertCards(7, 1400, full);
    assertEquals("14 fremmøder ud af 14 sessioner, der tæller med, giver 7 gavekort à 200 kr., i alt 1.400 kr. Gavekort "
        + "modregnes ikke i forsørgelsesydelser eller andre indkomstafhængige offentlige ydelser.", full.message());
    assertEquals("SEL § 101, stk. 9", full.legalBasis());
  }
}
