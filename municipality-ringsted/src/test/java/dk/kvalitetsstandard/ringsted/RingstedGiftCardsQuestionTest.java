package dk.kvalitetsstandard.ringsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GIFT_CARDS questions put to the {@link Assessor} for Ringsted (QUESTIONS.md; NAT-K1, NAT-K2,
 * NAT-Y1). Ringsted's standard states no gift-card scheme (RULES.md section 8: "none stated"), so
 * every course earns none: {@code scheme} null, {@code cards} 0, and gift cards are never deductible
 * from benefits.
 */
class RingstedGiftCardsQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  /** Eight attended weekly sessions from 5 January 2026: under a Randers-like scheme they would earn 4 cards. */
  private static List<Session> eightAttended() {
    return List.of(
        Session.of(LocalDate.of(2026, 1, 5), Attendance.ATTENDED),
        Session.of(LocalDate.of(2026, 1, 12), Attendance.ATTENDED),
        Session.of(LocalDate.of(2026, 1, 19), Attendance.ATTENDED),
        Session.of(LocalDate.of(2026, 1, 26), Attendance.ATTENDED),
        Session.of(LocalDate.of(2026, 2, 2), Attendance.ATTENDED),
        Session.of(LocalDate.of(2026, 2, 9), Attendance.ATTENDED),
        Session.of(LocalDate.of(2026, 2, 16), Attendance.ATTENDED),
        Session.of(LocalDate.of(2026, 2, 23), Attendance.ATTENDED));
  }

  private static GiftCardsAnswer ask(Track track, String offer, Profile citizen, List<Session> sessions, List<Session> followUps,
      Locale locale) {
    return ASSESSOR.giftCards(GiftCardsQuestion.builder().municipality("ringsted").asOf(AS_OF).track(track).offer(offer)
        .citizen(citizen).addAllSessions(sessions).addAllFollowUpSessions(followUps).build(), locale);
  }

  private static void assertNoCards(GiftCardsAnswer a) {
    assertEquals("ringsted", a.municipality());
    assertEquals(Optional.empty(), a.scheme());
    assertEquals(Optional.of(0), a.cards());
    assertEquals(Optional.of(0), a.amountDkk());
    assertEquals(Optional.empty(), a.perCardDkk());
    assertFalse(a.deductibleFromBenefits(), "NAT-K2");
    assertEquals("NAT-K1", a.rule());
  }

  @Test
  @DisplayName("NAT-K1 NAT-K2 Ringsted has no gift-card scheme: eight attendances in a MOVE course earn no card")
  void moveCourseEarnsNone() {
    GiftCardsAnswer a = ask(Track.SOCIAL_DRUG, "MOVE", Profile.builder().age(22).build(), eightAttended(),
        List.of(Session.of(LocalDate.of(2026, 5, 1), Attendance.ATTENDED)), Locale.ENGLISH);

    assertNoCards(a);
    assertEquals("SEL § 101, stk. 9", a.legalBasis());
    assertEquals("Ringsted's standard has no gift-card scheme.", a.message());
  }

  @Test
  @DisplayName("NAT-K1 NAT-K2 an outpatient course at Rådgivningscentret earns no gift card")
  void outpatientCourseEarnsNone() {
    GiftCardsAnswer a = ask(Track.SOCIAL_DRUG, "outpatient", Profile.builder().age(40).build(), eightAttended(), List.of(),
        Locale.ENGLISH);

    assertNoCards(a);
  }

  @Test
  @DisplayName("NAT-K1 NAT-K2 an anonymous course earns no gift card, the citizen's age unknown")
  void anonymousCourseEarnsNone() {
    GiftCardsAnswer a = ask(Track.ANONYMOUS_DRUG, "anonymous-outpatient", Profile.unknown(), eightAttended(), List.of(),
        Locale.ENGLISH);

    assertNoCards(a);
    assertEquals("SEL § 101, stk. 9", a.legalBasis());
  }

  @Test
  @DisplayName("NAT-K1 NAT-Y1 a 17-year-old in the youth offer in 2026: no card, gift cards for under-18s under Barnets lov § 34")
  void under18EarnsNone() {
    GiftCardsAnswer a = ask(Track.SOCIAL_DRUG, "youth", Profile.builder().age(17).build(), eightAttended(), List.of(),
        Locale.ENGLISH);

    assertNoCards(a);
    assertEquals("Barnets lov § 34", a.legalBasis());
  }

  @Test
  @DisplayName("NAT-K1 no sessions at all: no card")
  void noSessions() {
    assertNoCards(ask(Track.SOCIAL_DRUG, "youth", Profile.builder().age(20).build(), List.of(), List.of(), Locale.ENGLISH));
  }

  @Test
  @DisplayName("NAT-K1 sessions after asOf are errors, each with its JSON path")
  void sessionsAfterAsOf() {
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ask(Track.SOCIAL_DRUG, "outpatient",
        Profile.builder().age(30).build(), List.of(Session.of(LocalDate.of(2026, 6, 2), Attendance.ATTENDED)),
        List.of(Session.of(LocalDate.of(2026, 7, 1), Attendance.ATTENDED)), Locale.ENGLISH));

    assertEquals(List.of("followUpSessions[0].date", "sessions[0].date"),
        e.problems().stream().map(Problem::path).sorted().toList());
  }

  @Test
  @DisplayName("NAT-K1 NAT-K2 a Danish answer: Ringsted has no gift-card scheme, no card")
  void danishAnswer() {
    GiftCardsAnswer a = ask(Track.SOCIAL_DRUG, "MOVE", Profile.builder().age(22).build(), eightAttended(), List.of(),
        Locale.forLanguageTag("da"));

    assertNoCards(a);
    assertEquals("Ringsted Kommunes kvalitetsstandard har ingen gavekortordning.", a.message());
  }
}
