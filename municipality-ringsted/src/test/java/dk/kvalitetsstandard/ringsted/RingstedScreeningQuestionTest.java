package dk.kvalitetsstandard.ringsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.Problem;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Route;
import dk.kvalitetsstandard.questions.ScreenedCriterion;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningAnswer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.OfferKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SCREENING questions put to the {@link Assessor} for Ringsted (QUESTIONS.md; RIN-O1..O4, RIN-V1,
 * NAT-A1, NAT-Y1, RULES.md section 7). Expected values are derived by hand from QUESTIONS.md,
 * RULES.md and the seed.
 *
 * <p>Social track offers, in the standard's order: outreach, company counselling, relatives (RIN-O1,
 * counselling); outpatient, the youth offer Ungeliv (under 25, read as 24 or younger), day treatment
 * ("need for more intensive treatment", discretionary), residential treatment ("a special need that
 * outpatient or day treatment cannot meet", discretionary) (RIN-O2); aftercare and relapse treatment
 * (RIN-O3). Anonymous track: anonymous outpatient (RIN-O4: no special social problems, no need for
 * medicine; the latter is narrower than § 101 a, stk. 1, section 7). Routing (RIN-V1): under 25 to
 * Ungeliv, 25 and over to Rådgivningscentret (the standard's documented reading of "over 25 år").
 */
class RingstedScreeningQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static final List<String> SOCIAL_OFFERS = List.of("outreach", "company-counselling", "relatives", "outpatient",
      "youth", "day", "residential", "aftercare", "relapse-treatment");
  private static final List<OfferKind> SOCIAL_KINDS = List.of(OfferKind.COUNSELLING, OfferKind.COUNSELLING,
      OfferKind.COUNSELLING, OfferKind.OUTPATIENT, OfferKind.OUTPATIENT, OfferKind.DAY, OfferKind.RESIDENTIAL,
      OfferKind.OUTPATIENT, OfferKind.OUTPATIENT);

  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();

  private static ScreeningAnswer screen(Track track, Profile citizen, Locale locale) {
    return ASSESSOR.screening(ScreeningQuestion.builder().municipality("ringsted").asOf(AS_OF).track(track).citizen(citizen).build(),
        locale);
  }

  private static ScreeningAnswer social(Profile citizen) {
    return screen(Track.SOCIAL_DRUG, citizen, Locale.ENGLISH);
  }

  private static ScreeningAnswer anonymous(Profile citizen) {
    return screen(Track.ANONYMOUS_DRUG, citizen, Locale.ENGLISH);
  }

  private static ScreenedOffer offer(ScreeningAnswer a, String id) {
    return a.offers().stream().filter(o -> o.offer().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no offer " + id));
  }

  private static List<String> rules(ScreenedOffer o) {
    return o.criteria().stream().map(ScreenedCriterion::rule).toList();
  }

  private static List<Optional<Boolean>> met(ScreenedOffer o) {
    return o.criteria().stream().map(ScreenedCriterion::met).toList();
  }

  private static void assertRoute(String name, String phone, String rule, Optional<Route> route) {
    assertTrue(route.isPresent(), "expected a route to " + name);
    assertEquals(name, route.get().name());
    assertEquals(Optional.of(phone), route.get().phone());
    assertEquals(rule, route.get().rule());
  }

  private static void assertEveryOfferRoutesTo(ScreeningAnswer a, String name, String phone) {
    for (ScreenedOffer o : a.offers()) {
      assertRoute(name, phone, "RIN-V1", o.applyTo());
    }
  }

  /** The eligibilities of the social offers, in the standard's order. */
  private static List<Eligibility> eligibilities(ScreeningAnswer a) {
    return a.offers().stream().map(ScreenedOffer::eligibility).toList();
  }

  // ------------------------------------------------------------------ social track

  @Test
  @DisplayName("RIN-O1 RIN-O2 RIN-O3 every offer on the social track is listed once, in the standard's order, with its kind")
  void everySocialOfferListed() {
    ScreeningAnswer a = social(Profile.builder().age(30).build());

    assertEquals("ringsted", a.municipality());
    assertEquals(Track.SOCIAL_DRUG, a.track());
    assertEquals(SOCIAL_OFFERS, a.offers().stream().map(ScreenedOffer::offer).toList());
    assertEquals(SOCIAL_KINDS, a.offers().stream().map(ScreenedOffer::kind).toList());
    assertTrue(a.offers().stream().noneMatch(o -> o.kind() == OfferKind.ANONYMOUS_OUTPATIENT),
        "the anonymous offer serves only ANONYMOUS_DRUG");
    assertTrue(a.offers().stream().noneMatch(o -> o.kind() == OfferKind.SUBSTITUTION),
        "RIN-O5: medical treatment is outside this standard");
  }

  @Test
  @DisplayName("RIN-O2 RIN-V1 a citizen of 30: the youth offer is for under-25s, day and residential are a caseworker's"
      + " assessment, the rest fit; apply at Rådgivningscentret")
  void adultOf30() {
    ScreeningAnswer a = social(Profile.builder().age(30).build());

    assertEquals(List.of(Eligibility.ELIGIBLE, Eligibility.ELIGIBLE, Eligibility.ELIGIBLE, Eligibility.ELIGIBLE,
        Eligibility.NOT_ELIGIBLE, Eligibility.NEEDS_ASSESSMENT, Eligibility.NEEDS_ASSESSMENT, Eligibility.ELIGIBLE,
        Eligibility.ELIGIBLE), eligibilities(a));
    assertEquals("SEL § 101", a.legalBasis());

    ScreenedOffer youth = offer(a, "youth");
    assertEquals(List.of("RIN-O2"), rules(youth));
    assertEquals(List.of(NO), met(youth));
    assertEquals("Aged 24 or under", youth.criteria().get(0).criterion());
    assertFalse(youth.criteria().get(0).discretionary());
    assertFalse(youth.criteria().get(0).narrowerThanLaw());

    for (String id : List.of("day", "residential")) {
      ScreenedOffer o = offer(a, id);
      assertEquals(List.of("RIN-O2"), rules(o), id);
      assertEquals(List.of(UNKNOWN), met(o), id);
      assertTrue(o.criteria().get(0).discretionary(), id + ": 'ved behov' is the visitation committee's assessment (RIN-V3)");
      assertFalse(o.criteria().get(0).narrowerThanLaw(), id);
    }
    assertTrue(offer(a, "outpatient").criteria().isEmpty(), "outpatient has no age limit of its own; age is routing (RIN-V1)");

    assertRoute("Rådgivningscentret", "57 62 79 30", "RIN-V1", a.applyTo());
    assertEveryOfferRoutesTo(a, "Rådgivningscentret", "57 62 79 30");
  }

  @Test
  @DisplayName("RIN-V1 RIN-O2 a citizen of 24 is under 25: apply at Ungeliv, and the youth offer fits")
  void age24GoesToUngeliv() {
    ScreeningAnswer a = social(Profile.builder().age(24).build());

    assertRoute("Ungeliv", "57 62 88 40", "RIN-V1", a.applyTo());
    assertEveryOfferRoutesTo(a, "Ungeliv", "57 62 88 40");
    ScreenedOffer youth = offer(a, "youth");
    assertEquals(Eligibility.ELIGIBLE, youth.eligibility());
    assertEquals(List.of("RIN-O2"), rules(youth));
    assertEquals(List.of(YES), met(youth));
    assertEquals(Eligibility.ELIGIBLE, offer(a, "outpatient").eligibility());
  }

  @Test
  @DisplayName("RIN-V1 a citizen of exactly 25 ('over 25 år' read as 25 or older, NAT-X2): apply at Rådgivningscentret, too old for"
      + " the youth offer")
  void age25GoesToRaadgivningscentret() {
    ScreeningAnswer a = social(Profile.builder().age(25).build());

    assertRoute("Rådgivningscentret", "57 62 79 30", "RIN-V1", a.applyTo());
    assertEveryOfferRoutesTo(a, "Rådgivningscentret", "57 62 79 30");
    assertEquals(Eligibility.NOT_ELIGIBLE, offer(a, "youth").eligibility());
    assertEquals(List.of(NO), met(offer(a, "youth")));
  }

  @Test
  @DisplayName("RIN-V1 a citizen of 26 is over 25: apply at Rådgivningscentret")
  void age26GoesToRaadgivningscentret() {
    ScreeningAnswer a = social(Profile.builder().age(26).build());

    assertRoute("Rådgivningscentret", "57 62 79 30", "RIN-V1", a.applyTo());
    assertEveryOfferRoutesTo(a, "Rådgivningscentret", "57 62 79 30");
    assertEquals(Eligibility.NOT_ELIGIBLE, offer(a, "youth").eligibility());
  }

  @Test
  @DisplayName("RIN-V1 RIN-O2 age unknown: no place to apply is guessed, and the youth offer needs assessment, never eligible")
  void ageUnknown() {
    ScreeningAnswer a = social(Profile.unknown());

    assertTrue(a.applyTo().isEmpty(), "routing depends on the age (RIN-V1)");
    assertTrue(a.offers().stream().allMatch(o -> o.applyTo().isEmpty()));
    ScreenedOffer youth = offer(a, "youth");
    assertEquals(Eligibility.NEEDS_ASSESSMENT, youth.eligibility());
    assertEquals(List.of(UNKNOWN), met(youth));
    assertEquals(Eligibility.NEEDS_ASSESSMENT, offer(a, "day").eligibility());
    assertEquals(Eligibility.NEEDS_ASSESSMENT, offer(a, "residential").eligibility());
    for (ScreenedOffer o : a.offers()) {
      if (o.criteria().stream().anyMatch(c -> c.met().isEmpty())) {
        assertNotEquals(Eligibility.ELIGIBLE, o.eligibility(), o.offer() + ": an unknown criterion is never ELIGIBLE");
      }
    }
    assertEquals("SEL § 101", a.legalBasis());
  }

  @Test
  @DisplayName("NAT-Y1 RIN-V1 a citizen of 16 in 2026: treatment under Barnets lov § 33, apply at Ungeliv, the youth offer fits")
  void under18() {
    ScreeningAnswer a = social(Profile.builder().age(16).build());

    assertEquals("Barnets lov § 33", a.legalBasis());
    assertRoute("Ungeliv", "57 62 88 40", "RIN-V1", a.applyTo());
    assertEquals(Eligibility.ELIGIBLE, offer(a, "youth").eligibility());
  }

  // ------------------------------------------------------------------ anonymous track

  @Test
  @DisplayName("RIN-O4 NAT-A1 anonymous: no other social problems and no need for medicine, eligible; apply by the anonymous line")
  void anonymousEligible() {
    ScreeningAnswer a = anonymous(Profile.builder().age(30).otherSocialProblems(false).needsMedicine(false).build());

    assertEquals(Track.ANONYMOUS_DRUG, a.track());
    assertEquals("SEL § 101 a", a.legalBasis());
    assertEquals(List.of("anonymous-outpatient"), a.offers().stream().map(ScreenedOffer::offer).toList());
    ScreenedOffer o = a.offers().get(0);
    assertEquals(OfferKind.ANONYMOUS_OUTPATIENT, o.kind());
    assertEquals(Eligibility.ELIGIBLE, o.eligibility());
    // The standard states the law's condition itself (RIN-O4), so NAT-A1 is not added again.
    assertEquals(List.of("RIN-O4", "RIN-O4"), rules(o));
    assertEquals(List.of(YES, YES), met(o));
    assertEquals(List.of(false, true), o.criteria().stream().map(ScreenedCriterion::narrowerThanLaw).toList(),
        "section 7: 'no need for medicine' is narrower than § 101 a, stk. 1; 'no other social problems' is the law");
    assertEquals(List.of(false, false), o.criteria().stream().map(ScreenedCriterion::discretionary).toList());
    assertRoute("Tilbud om anonym, ambulant stofmisbrugsbehandling", "20 86 52 96", "RIN-O4", a.applyTo());
    assertRoute("Tilbud om anonym, ambulant stofmisbrugsbehandling", "20 86 52 96", "RIN-O4", o.applyTo());
  }

  @Test
  @DisplayName("RIN-O4 a citizen who needs medicine is not eligible for anonymous treatment; the criterion is flagged narrower than"
      + " the law")
  void anonymousNeedsMedicine() {
    ScreenedOffer o = anonymous(Profile.builder().otherSocialProblems(false).needsMedicine(true).build()).offers().get(0);

    assertEquals(Eligibility.NOT_ELIGIBLE, o.eligibility());
    assertEquals(List.of("RIN-O4", "RIN-O4"), rules(o));
    assertEquals(List.of(YES, NO), met(o));
    assertTrue(o.criteria().get(1).narrowerThanLaw());
  }

  @Test
  @DisplayName("RIN-O4 NAT-A1 a citizen with other social problems is not eligible for anonymous treatment")
  void anonymousOtherSocialProblems() {
    ScreenedOffer o = anonymous(Profile.builder().otherSocialProblems(true).needsMedicine(false).build()).offers().get(0);

    assertEquals(Eligibility.NOT_ELIGIBLE, o.eligibility());
    assertEquals(List.of(NO, YES), met(o));
    assertFalse(o.criteria().get(0).narrowerThanLaw());
  }

  @Test
  @DisplayName("RIN-O4 nothing known of the citizen: anonymous treatment needs assessment, never eligible; the line needs no age")
  void anonymousUnknown() {
    ScreeningAnswer a = anonymous(Profile.unknown());
    ScreenedOffer o = a.offers().get(0);

    assertEquals(Eligibility.NEEDS_ASSESSMENT, o.eligibility());
    assertEquals(List.of(UNKNOWN, UNKNOWN), met(o));
    assertRoute("Tilbud om anonym, ambulant stofmisbrugsbehandling", "20 86 52 96", "RIN-O4", a.applyTo());
  }

  @Test
  @DisplayName("RIN-O4 one criterion failed and one unknown: not eligible")
  void anonymousFailedBeatsUnknown() {
    ScreenedOffer o = anonymous(Profile.builder().needsMedicine(true).build()).offers().get(0);

    assertEquals(Eligibility.NOT_ELIGIBLE, o.eligibility());
    assertEquals(List.of(UNKNOWN, NO), met(o));
  }

  // ------------------------------------------------------------------ errors

  @Test
  @DisplayName("RIN-M1 screening on a track Ringsted does not cover, with a negative age: every problem with its path")
  void invalidQuestion() {
    InvalidCaseException e = assertThrows(InvalidCaseException.class,
        () -> screen(Track.MEDICAL_DRUG, Profile.builder().age(-1).build(), Locale.ENGLISH));

    assertEquals(List.of("citizen.age", "track"), e.problems().stream().map(Problem::path).sorted().toList());
  }

  // ------------------------------------------------------------------ Danish

  @Test
  @DisplayName("RIN-O2 RIN-V1 a Danish answer: the age limit in Danish, apply at Ungeliv")
  void danishAnswer() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.builder().age(20).build(), Locale.forLanguageTag("da"));

    ScreenedOffer youth = offer(a, "youth");
    assertEquals(Eligibility.ELIGIBLE, youth.eligibility());
    assertEquals("Højst 24 år", youth.criteria().get(0).criterion());
    assertRoute("Ungeliv", "57 62 88 40", "RIN-V1", a.applyTo());
  }
}
