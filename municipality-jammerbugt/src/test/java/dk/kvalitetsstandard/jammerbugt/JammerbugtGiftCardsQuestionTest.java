package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.AS_OF;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.ASSESSOR;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.DA;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.EN;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.SLUG;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.problems;
import static dk.kvalitetsstandard.questions.Attendance.ATTENDED;
import static dk.kvalitetsstandard.questions.Attendance.CANCELLED_WITH_NOTICE;
import static dk.kvalitetsstandard.questions.Attendance.NO_SHOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.Problem;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.GiftCardsAnswer;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GIFT_CARDS for Jammerbugt (QUESTIONS.md, JAM-O5): MOVE for ages 15-25 (outside, or the age
 * missing, is an error naming citizen.age); the 12 weekly treatment conversations count, the
 * follow-up does not; one card of DKK 200 per second attendance; the seed states no cap; gift cards
 * are never deducted from benefits (NAT-K2).
 */
class JammerbugtGiftCardsQuestionTest {

  /** The first weekly conversation, a Monday; the course and its follow-up lie before AS_OF. */
  private static final LocalDate FIRST = LocalDate.of(2025, 9, 1);

  /** Weekly sessions from FIRST with the given attendances, in date order. */
  private static List<Session> weekly(Attendance... attendances) {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < attendances.length; i++) {
      sessions.add(Session.of(FIRST.plusWeeks(i), attendances[i]));
    }
    return sessions;
  }

  private static Attendance[] attended(int n) {
    return Collections.nCopies(n, ATTENDED).toArray(new Attendance[0]);
  }

  private static GiftCardsQuestion.Builder question(String offer, Integer age, List<Session> sessions) {
    GiftCardsQuestion.Builder b = GiftCardsQuestion.builder().municipality(SLUG).asOf(AS_OF).track(Track.SOCIAL_DRUG)
        .offer(offer).addAllSessions(sessions);
    if (age != null) {
      b.citizen(Profile.builder().age(age).build());
    }
    return b;
  }

  private static GiftCardsAnswer ask(GiftCardsQuestion.Builder question) {
    return ask(question, EN);
  }

  private static GiftCardsAnswer ask(GiftCardsQuestion.Builder question, Locale locale) {
    return ASSESSOR.giftCards(question.build(), locale);
  }

  private static void assertCards(int cards, int amountDkk, GiftCardsAnswer a) {
    assertEquals(Optional.of("move-gift-cards"), a.scheme());
    assertEquals("JAM-O5", a.rule());
    assertEquals(Optional.of(cards), a.cards(), "cards");
    assertEquals(Optional.of(200), a.perCardDkk(), "per card");
    assertEquals(Optional.of(amountDkk), a.amountDkk(), "amount");
    assertFalse(a.deductibleFromBenefits(), "NAT-K2");
  }

  // ------------------------------------------------------------------ earning cards

  @Test
  @DisplayName("JAM-O5 NAT-K1 NAT-K2 a 20-year-old who attends all 12 weekly MOVE conversations earns one card of"
      + " DKK 200 per second attendance: 6 cards, DKK 1200, never deducted from benefits")
  void allTwelveConversations() {
    GiftCardsAnswer a = ask(question("MOVE", 20, weekly(attended(12))));

    assertEquals("jammerbugt", a.municipality());
    assertCards(6, 1200, a);
    assertEquals("SEL § 101, stk. 9", a.legalBasis());
    assertEquals("12 attendances among the 12 sessions that count earn 6 gift cards of DKK 200, DKK 1,200 in all; gift cards"
        + " are never deducted from subsistence benefits or other income-dependent public benefits.", a.message());
  }

  @Test
  @DisplayName("JAM-O5 one card per second attendance, rounded down: 7 attendances earn 3 cards (DKK 600), 11 earn 5"
      + " (DKK 1000), 1 earns none")
  void oneCardPerSecondAttendance() {
    assertCards(3, 600, ask(question("MOVE", 22, weekly(attended(7)))));
    assertCards(5, 1000, ask(question("MOVE", 22, weekly(attended(11)))));
    assertCards(0, 0, ask(question("MOVE", 22, weekly(attended(1)))));
    assertCards(0, 0, ask(question("MOVE", 22, List.of())));
  }

  @Test
  @DisplayName("JAM-O5 only the 12 weekly conversations count: a 13th and 14th conversation and six months of"
      + " follow-up earn nothing more than 6 cards (DKK 1200); the seed states no cap of its own")
  void onlyTheTwelveConversationsCount() {
    GiftCardsAnswer extra = ask(question("MOVE", 19, weekly(attended(14))));
    assertCards(6, 1200, extra);

    List<Session> followUp = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      followUp.add(Session.of(LocalDate.of(2025, 11, 24).plusWeeks(2 * i), ATTENDED));
    }
    GiftCardsAnswer withFollowUp = ask(question("MOVE", 19, weekly(attended(12))).addAllFollowUpSessions(followUp));
    assertCards(6, 1200, withFollowUp);

    GiftCardsAnswer followUpOnly = ask(question("MOVE", 19, List.of()).addAllFollowUpSessions(followUp));
    assertCards(0, 0, followUpOnly);
  }

  @Test
  @DisplayName("JAM-O5 a no-show is no attendance: attended, no-show, attended, no-show, attended, no-show is 3"
      + " attendances and 1 card (DKK 200)")
  void noShowIsNoAttendance() {
    GiftCardsAnswer a = ask(question("MOVE", 21, weekly(ATTENDED, NO_SHOW, ATTENDED, NO_SHOW, ATTENDED, NO_SHOW)));
    assertCards(1, 200, a);
  }

  @Test
  @DisplayName("JAM-O5 a conversation cancelled with notice is not held and is not one of the 12: 12 held and attended"
      + " conversations around 3 cancellations earn 6 cards (DKK 1200)")
  void cancellationIsNotAConversation() {
    List<Attendance> course = new ArrayList<>(List.of(attended(12)));
    course.add(2, CANCELLED_WITH_NOTICE);
    course.add(6, CANCELLED_WITH_NOTICE);
    course.add(10, CANCELLED_WITH_NOTICE);
    GiftCardsAnswer a = ask(question("MOVE", 24, weekly(course.toArray(new Attendance[0]))));
    assertCards(6, 1200, a);
  }

  @Test
  @DisplayName("JAM-O5 the offer may be named by the standard's ID (move) or by its kind (MOVE): the same answer")
  void offerIdOrKind() {
    assertEquals(ask(question("MOVE", 20, weekly(attended(8)))), ask(question("move", 20, weekly(attended(8)))));
    assertCards(4, 800, ask(question("move", 20, weekly(attended(8)))));
  }

  @Test
  @DisplayName("JAM-O5 NAT-K1 gift cards are given only in MOVE: a course in outpatient treatment earns none, and the"
      + " MOVE age limit does not apply to it")
  void otherOffersEarnNone() {
    GiftCardsAnswer a = ask(question("OUTPATIENT", 40, weekly(attended(12))));

    assertEquals(Optional.empty(), a.scheme());
    assertEquals(Optional.of(0), a.cards());
    assertEquals(Optional.of(0), a.amountDkk());
    assertEquals("JAM-O5", a.rule());
    assertFalse(a.deductibleFromBenefits());
    assertEquals("Gift cards are given only in MOVE; a course in outpatient treatment earns none.", a.message());
  }

  // ------------------------------------------------------------------ ages 15-25

  @Test
  @DisplayName("JAM-O5 NAT-X2 the ages 15 and 25 are inside the scheme")
  void agesAtTheEnds() {
    assertCards(6, 1200, ask(question("MOVE", 15, weekly(attended(12)))));
    assertCards(6, 1200, ask(question("MOVE", 25, weekly(attended(12)))));
  }

  @Test
  @DisplayName("JAM-O5 a citizen aged 14 or 26 is outside MOVE's gift cards: an error naming citizen.age that says so")
  void ageOutsideTheSchemeIsAnError() {
    for (int age : List.of(14, 26)) {
      List<Problem> problems = problems(() -> ask(question("MOVE", age, weekly(attended(12)))));
      assertEquals(1, problems.size(), problems.toString());
      Problem p = problems.get(0);
      assertEquals("citizen.age", p.path());
      assertTrue(p.message().contains("JAM-O5"), p.message());
      assertTrue(p.message().contains("15-25"), p.message());
      assertTrue(p.message().contains("aged " + age), p.message());
    }
  }

  @Test
  @DisplayName("JAM-O5 without the citizen's age the scheme cannot be applied: an error naming citizen.age")
  void missingAgeIsAnError() {
    List<Problem> problems = problems(() -> ask(question("MOVE", null, weekly(attended(12)))));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("citizen.age", problems.get(0).path());
    assertTrue(problems.get(0).message().contains("15-25"), problems.get(0).message());
    assertTrue(problems.get(0).message().contains("age is needed"), problems.get(0).message());
  }

  @Test
  @DisplayName("JAM-O5 a session dated after the question is an error naming its JSON path")
  void sessionAfterTheQuestionIsAnError() {
    List<Session> sessions = List.of(Session.of(FIRST, ATTENDED), Session.of(AS_OF.plusDays(1), ATTENDED));
    List<Problem> problems = problems(() -> ask(question("MOVE", 20, sessions)));
    assertEquals(List.of("sessions[1].date"), problems.stream().map(Problem::path).toList());
  }

  // ------------------------------------------------------------------ legal basis and language

  @Test
  @DisplayName("NAT-Y1 NAT-K1 JAM-O5 a 16-year-old's cards rest on Barnets lov § 34 from 2024 and on SEL § 101, stk. 10"
      + " in 2023, while the standard was in force")
  void under18LegalBasis() {
    GiftCardsAnswer in2026 = ask(question("MOVE", 16, weekly(attended(4))));
    assertCards(2, 400, in2026);
    assertEquals("Barnets lov § 34", in2026.legalBasis());

    List<Session> in2023Sessions = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      in2023Sessions.add(Session.of(LocalDate.of(2023, 3, 6).plusWeeks(i), ATTENDED));
    }
    GiftCardsAnswer in2023 = ASSESSOR.giftCards(GiftCardsQuestion.builder().municipality(SLUG)
        .asOf(LocalDate.of(2023, 6, 1)).track(Track.SOCIAL_DRUG).offer("MOVE")
        .citizen(Profile.builder().age(16).build()).addAllSessions(in2023Sessions).build(), EN);
    assertCards(2, 400, in2023);
    assertEquals("SEL § 101, stk. 10", in2023.legalBasis());
  }

  @Test
  @DisplayName("JAM-O5 NAT-K2 a Danish answer")
  void danishAnswer() {
    GiftCardsAnswer a = ask(question("MOVE", 18, weekly(attended(12))), DA);

    assertCards(6, 1200, a);
    assertEquals("SEL § 101, stk. 9", a.legalBasis());
    assertEquals("12 fremmøder ud af 12 sessioner, der tæller med, giver 6 gavekort à 200 kr., i alt 1.200 kr. Gavekort"
        + " modregnes ikke i forsørgelsesydelser eller andre indkomstafhængige offentlige ydelser.", a.message());
  }
}
