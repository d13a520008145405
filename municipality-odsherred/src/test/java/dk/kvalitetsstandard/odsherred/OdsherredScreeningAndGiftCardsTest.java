package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.questions.Eligibility.ELIGIBLE;
import static dk.kvalitetsstandard.questions.Eligibility.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.Eligibility.NOT_ELIGIBLE;
import static dk.kvalitetsstandard.standard.OfferKind.ANONYMOUS_OUTPATIENT;
import static dk.kvalitetsstandard.standard.OfferKind.COUNSELLING;
import static dk.kvalitetsstandard.standard.OfferKind.DAY;
import static dk.kvalitetsstandard.standard.OfferKind.MOVE;
import static dk.kvalitetsstandard.standard.OfferKind.OUTPATIENT;
import static dk.kvalitetsstandard.standard.OfferKind.RESIDENTIAL;
import static dk.kvalitetsstandard.standard.OfferKind.SUBSTITUTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.ScreenedCriterion;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.questions.Session;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred's offers as screening finds them, from age 12, and the MOVE course's gift cards")
class OdsherredScreeningAndGiftCardsTest {

  private static final StandardAssert ODSHERRED = assertFor("odsherred");

  private static StandardAssert.ScreeningCheck screen(Track track, Profile citizen) {
    return ODSHERRED.screening(ScreeningQuestion.builder().municipality("odsherred").asOf(date(2026, 3, 1)).track(track)
        .citizen(citizen).build());
  }

  private static Profile aged(int age) {
    return Profile.builder().age(age).build();
  }

  /** The offers on the social drug and the alcohol track: every offer but the anonymous and the medical one. */
  private static StandardAssert.ScreeningCheck socialAndAlcoholOffers(StandardAssert.ScreeningCheck screening) {
    return screening.offers("counselling", "outpatient-low", "outpatient-medium", "outpatient-intensive", "move", "day",
            "residential", "health-care", "group-treatment", "couple-and-family", "relatives-counselling", "supportive",
            "aftercare", "vendepunktet", "children-support")
        .offer("counselling").ofKind(COUNSELLING).criteria("ODS-O1").is(ELIGIBLE)
        .offer("outpatient-low").ofKind(OUTPATIENT).criteria("ODS-O2", "ODS-V1").is(NEEDS_ASSESSMENT)
        .offer("outpatient-medium").ofKind(OUTPATIENT).criteria("ODS-O3", "ODS-V1").is(NEEDS_ASSESSMENT)
        .offer("outpatient-intensive").ofKind(OUTPATIENT).criteria("ODS-O4", "ODS-V1").is(NEEDS_ASSESSMENT)
        .offer("move").ofKind(MOVE).criteria("ODS-O4", "ODS-V1").is(NEEDS_ASSESSMENT)
        .offer("day").ofKind(DAY).criteria("ODS-O5", "ODS-V1").is(NEEDS_ASSESSMENT)
        .offer("residential").ofKind(RESIDENTIAL).criteria("ODS-O6", "ODS-V1").is(NEEDS_ASSESSMENT)
        .offer("health-care").ofKind(OUTPATIENT).criteria("ODS-O7").is(ELIGIBLE)
        .offer("group-treatment").ofKind(OUTPATIENT).criteria("ODS-O7").is(ELIGIBLE)
        .offer("couple-and-family").ofKind(OUTPATIENT).criteria("ODS-O7").is(ELIGIBLE)
        .offer("relatives-counselling").ofKind(COUNSELLING).criteria("ODS-O7").is(ELIGIBLE)
        .offer("supportive").ofKind(OUTPATIENT).criteria("ODS-O7").is(ELIGIBLE)
        .offer("aftercare").ofKind(OUTPATIENT).criteria("ODS-O7").is(ELIGIBLE)
        .offer("vendepunktet").ofKind(OUTPATIENT).criteria("ODS-O7").is(ELIGIBLE)
        .offer("children-support").ofKind(OUTPATIENT).criteria("ODS-S1").is(ELIGIBLE)
        .and();
  }

  @Test
  @Tag("ODS-O1")
  @Tag("ODS-O2")
  @Tag("ODS-O3")
  @Tag("ODS-O4")
  @Tag("ODS-O5")
  @Tag("ODS-O6")
  @Tag("ODS-O7")
  @Tag("ODS-V1")
  @Tag("ODS-S1")
  @DisplayName("An adult in drug treatment: counselling, the three courses, MOVE, day and residential treatment, the "
      + "outpatient content and the children's conversations; the intensity and the committee's decision are left "
      + "to assessment; apply to Rusmiddelteamet")
  void adultSocialDrug() {
    StandardAssert.ScreeningCheck adult = socialAndAlcoholOffers(screen(Track.SOCIAL_DRUG, aged(30)).basedOn("SEL § 101"))
        .applyTo("Rusmiddelteamet", "ODS-V1");
    adult.offer("day").leaves("ODS-V1");
    assertFalse(adult.answer().offers().stream().flatMap(o -> o.criteria().stream())
        .anyMatch(ScreenedCriterion::narrowerThanLaw));
  }

  @Test
  @Tag("ODS-M1")
  @Tag("ODS-M2")
  @DisplayName("Alcohol treatment has the same offers, under SUL § 141")
  void alcohol() {
    socialAndAlcoholOffers(screen(Track.ALCOHOL, aged(55)).basedOn("SUL § 141")).applyTo("Rusmiddelteamet", "ODS-V1");
  }

  @Test
  @Tag("ODS-M2")
  @Tag("NAT-Y1")
  @DisplayName("From age 12: a 12-year-old is screened as an adult, under Barnets lov § 33; an 11-year-old is "
      + "eligible for nothing and has nowhere to apply")
  void fromTwelve() {
    socialAndAlcoholOffers(screen(Track.SOCIAL_DRUG, aged(12)).basedOn("Barnets lov § 33"))
        .applyTo("Rusmiddelteamet", "ODS-V1");
    StandardAssert.ScreeningCheck eleven = screen(Track.SOCIAL_DRUG, aged(11)).applyNowhere();
    assertEquals(List.of("NOT_ELIGIBLE"),
        eleven.answer().offers().stream().map(o -> o.eligibility().name()).distinct().toList());
  }

  @Test
  @Tag("ODS-O7")
  @DisplayName("Medical drug treatment: the health-professional conversations and medical treatment, under SUL § 142")
  void medical() {
    screen(Track.MEDICAL_DRUG, aged(35)).basedOn("SUL § 142").offers("health-care", "medical-treatment")
        .offer("health-care").ofKind(OUTPATIENT).criteria("ODS-O7").is(ELIGIBLE)
        .offer("medical-treatment").ofKind(SUBSTITUTION).criteria("ODS-O7").is(ELIGIBLE);
  }

  @Test
  @Tag("ODS-A2")
  @Tag("NAT-A1")
  @DisplayName("Anonymous group treatment for a drug user with no other social problems; with other problems not "
      + "eligible, and not known: left to assessment")
  void anonymousGroup() {
    screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(false).build())
        .basedOn("SEL § 101 a").offers("anonymous-group")
        .offer("anonymous-group").ofKind(ANONYMOUS_OUTPATIENT).criteria("ODS-A2", "ODS-A2").is(ELIGIBLE);
    screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(true).build()).offers("anonymous-group")
        .offer("anonymous-group").ofKind(ANONYMOUS_OUTPATIENT).criteria("ODS-A2", "ODS-A2").is(NOT_ELIGIBLE);
    screen(Track.ANONYMOUS_DRUG, aged(30)).offers("anonymous-group")
        .offer("anonymous-group").ofKind(ANONYMOUS_OUTPATIENT).criteria("ODS-A2", "ODS-A2").is(NEEDS_ASSESSMENT);
  }

  private static StandardAssert.GiftCardsCheck giftCards(String offer, int age) {
    return ODSHERRED.giftCards(GiftCardsQuestion.builder().municipality("odsherred").asOf(date(2026, 6, 1))
        .track(Track.SOCIAL_DRUG).offer(offer).citizen(aged(age))
        .addSessions(Session.of(date(2026, 1, 5), Attendance.ATTENDED), Session.of(date(2026, 1, 12), Attendance.ATTENDED),
            Session.of(date(2026, 1, 19), Attendance.NO_SHOW), Session.of(date(2026, 1, 26), Attendance.ATTENDED))
        .build());
  }

  @Test
  @Tag("ODS-O4")
  @Tag("NAT-Y1")
  @DisplayName("The MOVE course names gift cards but no figure: nothing is computed; for a 16-year-old under Barnets lov § 34")
  void moveGiftCards() {
    StandardAssert.GiftCardsCheck adult = giftCards("move", 22)
        .scheme("move-gift-cards").notComputed().decidedBy("ODS-O4").basedOn("SEL § 101, stk. 9");
    assertEquals("The standard names a gift-card scheme but says neither how cards are earned nor what they are worth, "
        + "so nothing is computed.", adult.answer().message());
    giftCards("MOVE", 16).basedOn("Barnets lov § 34");
  }

  @Test
  @Tag("ODS-O2")
  @Tag("ODS-O4")
  @DisplayName("The low-intensity course is not the MOVE course: no scheme, no cards")
  void lowIntensityEarnsNone() {
    giftCards("outpatient-low", 30).noScheme().earns(0).worth(0);
  }
}
