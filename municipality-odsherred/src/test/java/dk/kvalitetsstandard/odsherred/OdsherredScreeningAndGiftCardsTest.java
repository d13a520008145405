package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.GiftCardsAnswer;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Route;
import dk.kvalitetsstandard.questions.ScreenedCriterion;
import dk.kvalitetsstandard.questions.ScreeningAnswer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.questions.Session;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred's offers as screening finds them, from age 12, and the MOVE course's gift cards")
class OdsherredScreeningAndGiftCardsTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final Optional<Route> TEAM = Optional.of(Route.builder().name("Rusmiddelteamet").rule("ODS-V1").build());

  /** The offers on the social drug and the alcohol track: every offer but the anonymous and the medical one. */
  private static final List<String> SOCIAL_AND_ALCOHOL = List.of(
      "counselling COUNSELLING [ODS-O1] ELIGIBLE",
      "outpatient-low OUTPATIENT [ODS-O2, ODS-V1] NEEDS_ASSESSMENT",
      "outpatient-medium OUTPATIENT [ODS-O3, ODS-V1] NEEDS_ASSESSMENT",
      "outpatient-intensive OUTPATIENT [ODS-O4, ODS-V1] NEEDS_ASSESSMENT",
      "move MOVE [ODS-O4, ODS-V1] NEEDS_ASSESSMENT",
      "day DAY [ODS-O5, ODS-V1] NEEDS_ASSESSMENT",
      "residential RESIDENTIAL [ODS-O6, ODS-V1] NEEDS_ASSESSMENT",
      "health-care OUTPATIENT [ODS-O7] ELIGIBLE",
      "group-treatment OUTPATIENT [ODS-O7] ELIGIBLE",
      "couple-and-family OUTPATIENT [ODS-O7] ELIGIBLE",
      "relatives-counselling COUNSELLING [ODS-O7] ELIGIBLE",
      "supportive OUTPATIENT [ODS-O7] ELIGIBLE",
      "aftercare OUTPATIENT [ODS-O7] ELIGIBLE",
      "vendepunktet OUTPATIENT [ODS-O7] ELIGIBLE",
      "children-support OUTPATIENT [ODS-S1] ELIGIBLE");

  private static ScreeningAnswer screen(Track track, Profile citizen) {
    return ASSESSOR.screening(ScreeningQuestion.builder().municipality("odsherred").asOf(date(2026, 3, 1)).track(track)
        .citizen(citizen).build(), Locale.ENGLISH);
  }

  private static Profile aged(int age) {
    return Profile.builder().age(age).build();
  }

  /** Each screened offer as "id KIND [criteria's rules] ELIGIBILITY". */
  private static List<String> offers(ScreeningAnswer answer) {
    return answer.offers().stream().map(o -> o.offer() + " " + o.kind() + " "
        + o.criteria().stream().map(ScreenedCriterion::rule).collect(Collectors.toList()) + " " + o.eligibility()).toList();
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
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(30));
    assertEquals("SEL § 101", a.legalBasis());
    assertEquals(SOCIAL_AND_ALCOHOL, offers(a));
    assertEquals(TEAM, a.applyTo());
    ScreenedCriterion committee = a.offers().get(5).criteria().get(1);
    assertEquals(Optional.empty(), committee.met(), committee.criterion());
    assertFalse(a.offers().stream().flatMap(o -> o.criteria().stream()).anyMatch(ScreenedCriterion::narrowerThanLaw));
  }

  @Test
  @Tag("ODS-M1")
  @Tag("ODS-M2")
  @DisplayName("Alcohol treatment has the same offers, under SUL § 141")
  void alcohol() {
    ScreeningAnswer a = screen(Track.ALCOHOL, aged(55));
    assertEquals("SUL § 141", a.legalBasis());
    assertEquals(SOCIAL_AND_ALCOHOL, offers(a));
    assertEquals(TEAM, a.applyTo());
  }

  @Test
  @Tag("ODS-M2")
  @Tag("NAT-Y1")
  @DisplayName("From age 12: a 12-year-old is screened as an adult, under Barnets lov § 33; an 11-year-old is "
      + "eligible for nothing and has nowhere to apply")
  void fromTwelve() {
    ScreeningAnswer twelve = screen(Track.SOCIAL_DRUG, aged(12));
    assertEquals("Barnets lov § 33", twelve.legalBasis());
    assertEquals(SOCIAL_AND_ALCOHOL, offers(twelve));
    assertEquals(TEAM, twelve.applyTo());
    ScreeningAnswer eleven = screen(Track.SOCIAL_DRUG, aged(11));
    assertEquals(List.of("NOT_ELIGIBLE"), eleven.offers().stream().map(o -> o.eligibility().name()).distinct().toList());
    assertEquals(Optional.empty(), eleven.applyTo());
  }

  @Test
  @Tag("ODS-O7")
  @DisplayName("Medical drug treatment: the health-professional conversations and medical treatment, under SUL § 142")
  void medical() {
    ScreeningAnswer a = screen(Track.MEDICAL_DRUG, aged(35));
    assertEquals("SUL § 142", a.legalBasis());
    assertEquals(List.of("health-care OUTPATIENT [ODS-O7] ELIGIBLE", "medical-treatment SUBSTITUTION [ODS-O7] ELIGIBLE"),
        offers(a));
  }

  @Test
  @Tag("ODS-A2")
  @Tag("NAT-A1")
  @DisplayName("Anonymous group treatment for a drug user with no other social problems; with other problems not "
      + "eligible, and not known: left to assessment")
  void anonymousGroup() {
    ScreeningAnswer none = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(false).build());
    assertEquals("SEL § 101 a", none.legalBasis());
    assertEquals(List.of("anonymous-group ANONYMOUS_OUTPATIENT [ODS-A2, ODS-A2] ELIGIBLE"), offers(none));
    assertEquals(List.of("anonymous-group ANONYMOUS_OUTPATIENT [ODS-A2, ODS-A2] NOT_ELIGIBLE"),
        offers(screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(true).build())));
    assertEquals(List.of("anonymous-group ANONYMOUS_OUTPATIENT [ODS-A2, ODS-A2] NEEDS_ASSESSMENT"),
        offers(screen(Track.ANONYMOUS_DRUG, aged(30))));
  }

  private static GiftCardsAnswer giftCards(String offer, int age) {
    return ASSESSOR.giftCards(GiftCardsQuestion.builder().municipality("odsherred").asOf(date(2026, 6, 1))
        .track(Track.SOCIAL_DRUG).offer(offer).citizen(aged(age))
        .addSessions(Session.of(date(2026, 1, 5), Attendance.ATTENDED), Session.of(date(2026, 1, 12), Attendance.ATTENDED),
            Session.of(date(2026, 1, 19), Attendance.NO_SHOW), Session.of(date(2026, 1, 26), Attendance.ATTENDED))
        .build(), Locale.ENGLISH);
  }

  @Test
  @Tag("ODS-O4")
  @Tag("NAT-Y1")
  @DisplayName("The MOVE course names gift cards but no figure: nothing is computed; for a 16-year-old under Barnets lov § 34")
  void moveGiftCards() {
    GiftCardsAnswer adult = giftCards("move", 22);
    assertEquals(List.of(Optional.of("move-gift-cards"), Optional.empty(), Optional.empty(), "ODS-O4", "SEL § 101, stk. 9"),
        List.of(adult.scheme(), adult.cards(), adult.amountDkk(), adult.rule(), adult.legalBasis()));
    assertEquals("The standard names a gift-card scheme but says neither how cards are earned nor what they are worth, "
        + "so nothing is computed.", adult.message());
    assertEquals("Barnets lov § 34", giftCards("MOVE", 16).legalBasis());
  }

  @Test
  @Tag("ODS-O2")
  @Tag("ODS-O4")
  @DisplayName("The low-intensity course is not the MOVE course: no scheme, no cards")
  void lowIntensityEarnsNone() {
    GiftCardsAnswer a = giftCards("outpatient-low", 30);
    assertEquals(List.of(Optional.empty(), Optional.of(0), Optional.of(0)), List.of(a.scheme(), a.cards(), a.amountDkk()));
  }
}
