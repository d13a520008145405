package dk.kvalitetsstandard.gentofte;

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
 * GIFT_CARDS questions put to the assessor for Gentofte (QUESTIONS.md: "Gentofte, Ringsted: no scheme:
 * scheme null, cards 0"; NAT-K1, NAT-K2). Gentofte's seed states no gift-card scheme, so no course
 * earns a card, however many sessions the citizen attends.
 */
class GentofteGiftCardsQuestionTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private final Assessor assessor = Assessor.of(StandardRegistry.defaultRegistry());

  private static GiftCardsQuestion.Builder question(String offer, int age) {
    return GiftCardsQuestion.builder().municipality("gentofte").asOf(AS_OF).track(Track.SOCIAL_DRUG).offer(offer)
        .citizen(Profile.builder().age(age).build())
        .addSessions(Session.of(LocalDate.of(2026, 1, 5), Attendance.ATTENDED),
            Session.of(LocalDate.of(2026, 1, 12), Attendance.ATTENDED),
            Session.of(LocalDate.of(2026, 1, 19), Attendance.NO_SHOW),
            Session.of(LocalDate.of(2026, 1, 26), Attendance.ATTENDED),
            Session.of(LocalDate.of(2026, 2, 2), Attendance.ATTENDED),
            Session.of(LocalDate.of(2026, 2, 9), Attendance.CANCELLED_WITH_NOTICE))
        .addFollowUpSessions(Session.of(LocalDate.of(2026, 5, 1), Attendance.ATTENDED));
  }

  private static void assertNoScheme(GiftCardsAnswer a) {
    assertEquals("gentofte", a.municipality());
    assertEquals(Optional.empty(), a.scheme());
    assertEquals(Optional.of(0), a.cards());
    assertEquals(Optional.of(0), a.amountDkk());
    assertEquals(Optional.empty(), a.perCardDkk(), "no scheme, so no card value");
    assertFalse(a.deductibleFromBenefits(), "NAT-K2");
    assertEquals("NAT-K1", a.rule());
  }

  @Test
  @DisplayName("NAT-K1 NAT-K2 Gentofte has no gift-card scheme: four attendances in outpatient treatment earn 0 cards")
  void outpatientCourseEarnsNone() {
    GiftCardsAnswer a = assessor.giftCards(question("outpatient", 30).build(), Locale.ENGLISH);

    assertNoScheme(a);
    assertEquals("SEL § 101, stk. 9", a.legalBasis());
    assertEquals("Gentofte's standard has no gift-card scheme.", a.message());
  }

  @Test
  @DisplayName("NAT-K1 A course of the MOVE kind earns no card in Gentofte either: the scheme is another municipality's")
  void moveKindEarnsNone() {
    GiftCardsAnswer a = assessor.giftCards(question("MOVE", 22).build(), Locale.ENGLISH);

    assertNoScheme(a);
    assertEquals("SEL § 101, stk. 9", a.legalBasis());
  }

  @Test
  @DisplayName("NAT-K1 NAT-Y1 Aged 16: no scheme and no age error; gift cards for under-18s are under Barnets lov § 34")
  void under18EarnsNone() {
    GiftCardsAnswer a = assessor.giftCards(question("outpatient", 16).build(), Locale.ENGLISH);

    assertNoScheme(a);
    assertEquals("Barnets lov § 34", a.legalBasis());
  }

  @Test
  @DisplayName("NAT-K1 NAT-K2 The answer in Danish: no scheme, 0 cards")
  void danishAnswer() {
    GiftCardsAnswer a = assessor.giftCards(question("outpatient", 30).build(), Locale.forLanguageTag("da"));

    assertNoScheme(a);
    assertEquals("Gentofte Kommunes kvalitetsstandard har ingen gavekortordning.", a.message());
  }

  @Test
  @DisplayName("A session after asOf is an invalid question, named by its path")
  void sessionAfterAsOf() {
    GiftCardsQuestion q = question("outpatient", 30).addSessions(Session.of(LocalDate.of(2026, 6, 2), Attendance.ATTENDED))
        .build();

    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> assessor.giftCards(q, Locale.ENGLISH));

    assertEquals(List.of("sessions[6].date"), e.problems().stream().map(Problem::path).toList());
    assertEquals("2026-06-02 lies after asOf 2026-06-01", e.problems().get(0).message());
  }
}
