package dk.kvalitetsstandard.randers;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SCREENING questions put to the {@link Assessor} for Randers (QUESTIONS.md; RULES.md RAN-O1..O5,
 * RAN-V1..V3, NAT-A1, NAT-X2, NAT-Y1, section 7). Expected values are worked out by hand.
 */
class RandersScreeningQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();

  private static final String AABEN_RAADGIVNING = "Åben Rådgivning";
  private static final String VISITATION_COMMITTEE = "Visitationsudvalg";
  private static final String MYNDIGHEDSCENTERET = "Myndighedscenteret";

  private static ScreeningAnswer screen(Track track, Profile citizen) {
    return ASSESSOR.screening(ScreeningQuestion.builder().municipality("randers").asOf(AS_OF).track(track)
        .citizen(citizen).build(), Locale.ENGLISH);
  }

  private static ScreenedOffer offer(ScreeningAnswer answer, String id) {
    return answer.offers().stream().filter(o -> o.offer().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no offer " + id + " in " + answer.offers()));
  }

  private static List<String> rules(ScreenedOffer offer) {
    return offer.criteria().stream().map(ScreenedCriterion::rule).toList();
  }

  private static List<Optional<Boolean>> met(ScreenedOffer offer) {
    return offer.criteria().stream().map(ScreenedCriterion::met).toList();
  }

  private static Optional<String> routeName(Optional<Route> route) {
    return route.map(Route::name);
  }

  private static Optional<String> routeRule(Optional<Route> route) {
    return route.map(Route::rule);
  }

  private static Profile adult() {
    return Profile.builder().age(30).childrenUnder18(false).otherSocialProblems(false).psychologicalProblems(false)
        .build();
  }

  // ------------------------------------------------------------------ SOCIAL_DRUG

  @Test
  @Tag("RAN-O1")
  @Tag("RAN-O2")
  @Tag("RAN-O3")
  @Tag("RAN-O5")
  @DisplayName("RAN-O1, RAN-O2, RAN-O3, RAN-O5 every offer on SOCIAL_DRUG is listed, in the standard's order, with "
      + "its kind")
  void everySocialOfferListed() {
    ScreeningAnswer answer = screen(Track.SOCIAL_DRUG, adult());

    assertEquals("randers", answer.municipality());
    assertEquals(Track.SOCIAL_DRUG, answer.track());
    assertEquals("SEL § 101", answer.legalBasis());
    assertEquals(List.of("counselling", "outpatient", "family-oriented", "mobile", "doctor-consultation", "move",
        "residential"), answer.offers().stream().map(ScreenedOffer::offer).toList());
    assertEquals(List.of(OfferKind.COUNSELLING, OfferKind.OUTPATIENT, OfferKind.OUTPATIENT, OfferKind.OUTPATIENT,
        OfferKind.OUTPATIENT, OfferKind.MOVE, OfferKind.RESIDENTIAL),
        answer.offers().stream().map(ScreenedOffer::kind).toList());
    assertTrue(answer.offers().stream().noneMatch(o -> o.offer().equals("anonymous-outpatient")),
        "the anonymous offer serves ANONYMOUS_DRUG only");
  }

  @Test
  @Tag("RAN-O1")
  @Tag("RAN-O2")
  @DisplayName("RAN-O1, RAN-O2 counselling, outpatient treatment and the doctor's consultation set no criterion: "
      + "ELIGIBLE for an adult")
  void offersWithoutCriteriaAreEligible() {
    ScreeningAnswer answer = screen(Track.SOCIAL_DRUG, adult());

    for (String id : List.of("counselling", "outpatient", "doctor-consultation")) {
      ScreenedOffer offer = offer(answer, id);
      assertEquals(Eligibility.ELIGIBLE, offer.eligibility(), id);
      assertEquals(List.of(), offer.criteria(), id);
    }
  }

  @Test
  @Tag("RAN-O2")
  @DisplayName("RAN-O2 family-oriented treatment is for a parent of children under 18: ELIGIBLE with children, "
      + "NOT_ELIGIBLE without, NEEDS_ASSESSMENT when not given")
  void familyOrientedNeedsChildrenUnder18() {
    ScreenedOffer withChildren = offer(screen(Track.SOCIAL_DRUG,
        Profile.builder().age(35).childrenUnder18(true).build()), "family-oriented");
    ScreenedOffer without = offer(screen(Track.SOCIAL_DRUG,
        Profile.builder().age(35).childrenUnder18(false).build()), "family-oriented");
    ScreenedOffer unknown = offer(screen(Track.SOCIAL_DRUG, Profile.builder().age(35).build()), "family-oriented");

    assertEquals(Eligibility.ELIGIBLE, withChildren.eligibility());
    assertEquals(Eligibility.NOT_ELIGIBLE, without.eligibility());
    assertEquals(Eligibility.NEEDS_ASSESSMENT, unknown.eligibility());
    assertEquals(List.of("RAN-O2"), rules(withChildren));
    assertEquals(List.of(YES), met(withChildren));
    assertEquals(List.of(NO), met(without));
    assertEquals(List.of(UNKNOWN), met(unknown));
    ScreenedCriterion criterion = withChildren.criteria().get(0);
    assertEquals("Has children under 18 whom the citizen lives with or sees.", criterion.criterion());
    assertFalse(criterion.discretionary());
    assertFalse(criterion.narrowerThanLaw());
  }

  @Test
  @Tag("RAN-O2")
  @DisplayName("RAN-O2 the mobile effort is for a citizen who cannot attend the centre: discretionary, "
      + "NEEDS_ASSESSMENT")
  void mobileIsDiscretionary() {
    ScreenedOffer mobile = offer(screen(Track.SOCIAL_DRUG, adult()), "mobile");

    assertEquals(Eligibility.NEEDS_ASSESSMENT, mobile.eligibility());
    assertEquals(List.of("RAN-O2"), rules(mobile));
    assertEquals(List.of(UNKNOWN), met(mobile));
    assertTrue(mobile.criteria().get(0).discretionary());
    assertFalse(mobile.criteria().get(0).narrowerThanLaw());
  }

  @Test
  @Tag("RAN-O3")
  @DisplayName("RAN-O3 MOVE is granted after a thorough assessment and needs weekly attendance: two discretionary "
      + "criteria, NEEDS_ASSESSMENT")
  void moveIsDiscretionary() {
    ScreenedOffer move = offer(screen(Track.SOCIAL_DRUG, adult()), "move");

    assertEquals(OfferKind.MOVE, move.kind());
    assertEquals(Eligibility.NEEDS_ASSESSMENT, move.eligibility());
    assertEquals(List.of("RAN-O3", "RAN-O3"), rules(move));
    assertEquals(List.of(UNKNOWN, UNKNOWN), met(move));
    assertEquals(List.of("Granted after a thorough assessment of the citizen's problems.", "Able to attend once a week."),
        move.criteria().stream().map(ScreenedCriterion::criterion).toList());
    assertTrue(move.criteria().stream().allMatch(ScreenedCriterion::discretionary));
  }

  @Test
  @Tag("RAN-O5")
  @DisplayName("RAN-O5 residential treatment when outpatient treatment alone is not intensive enough: "
      + "discretionary, NEEDS_ASSESSMENT")
  void residentialIsDiscretionary() {
    ScreenedOffer residential = offer(screen(Track.SOCIAL_DRUG, adult()), "residential");

    assertEquals(OfferKind.RESIDENTIAL, residential.kind());
    assertEquals(Eligibility.NEEDS_ASSESSMENT, residential.eligibility());
    assertEquals(List.of("RAN-O5"), rules(residential));
    assertEquals(List.of(UNKNOWN), met(residential));
    assertTrue(residential.criteria().get(0).discretionary());
  }

  @Test
  @Tag("RAN-O2")
  @DisplayName("RAN-O2, RAN-O3, RAN-O5 nothing known about the citizen: no offer whose criteria need an input is "
      + "ELIGIBLE, and no route is named")
  void unknownInputIsNeverEligible() {
    ScreeningAnswer answer = screen(Track.SOCIAL_DRUG, Profile.unknown());

    for (String id : List.of("family-oriented", "mobile", "move", "residential")) {
      assertEquals(Eligibility.NEEDS_ASSESSMENT, offer(answer, id).eligibility(), id);
    }
    assertEquals(Optional.empty(), answer.applyTo(), "every Randers route has an age limit; the age is unknown");
    assertTrue(answer.offers().stream().allMatch(o -> o.applyTo().isEmpty()));
  }

  // ------------------------------------------------------------------ routing

  @Test
  @Tag("RAN-V1")
  @Tag("RAN-V2")
  @DisplayName("RAN-V1, RAN-V2 an adult applies for outpatient treatment and MOVE in Åben Rådgivning, for "
      + "residential treatment to the visitation committee")
  void adultRouting() {
    ScreeningAnswer answer = screen(Track.SOCIAL_DRUG, adult());

    assertEquals(Optional.of(AABEN_RAADGIVNING), routeName(answer.applyTo()));
    assertEquals(Optional.of("RAN-V1"), routeRule(answer.applyTo()));
    for (String id : List.of("outpatient", "family-oriented", "mobile", "doctor-consultation", "move")) {
      assertEquals(Optional.of(AABEN_RAADGIVNING), routeName(offer(answer, id).applyTo()), id);
      assertEquals(Optional.of("RAN-V1"), routeRule(offer(answer, id).applyTo()), id);
    }
    assertEquals(Optional.of(VISITATION_COMMITTEE), routeName(offer(answer, "residential").applyTo()));
    assertEquals(Optional.of("RAN-V2"), routeRule(offer(answer, "residential").applyTo()));
    assertEquals(Optional.empty(), offer(answer, "counselling").applyTo(), "counselling is not visited");
    assertEquals(Optional.empty(), answer.applyTo().flatMap(Route::phone), "the seed gives no phone numbers");
  }

  @Test
  @Tag("RAN-V3")
  @DisplayName("RAN-V3, NAT-Y1 a citizen under 18: Myndighedscenteret decides on outpatient, MOVE and residential "
      + "treatment; the legal basis from 2024 is Barnets lov § 33")
  void underEighteenRouting() {
    ScreeningAnswer answer = screen(Track.SOCIAL_DRUG, Profile.builder().age(16).childrenUnder18(false).build());

    assertEquals("Barnets lov § 33", answer.legalBasis());
    assertEquals(Optional.of(MYNDIGHEDSCENTERET), routeName(answer.applyTo()));
    assertEquals(Optional.of("RAN-V3"), routeRule(answer.applyTo()));
    for (String id : List.of("outpatient", "move", "residential")) {
      assertEquals(Optional.of(MYNDIGHEDSCENTERET), routeName(offer(answer, id).applyTo()), id);
      assertEquals(Optional.of("RAN-V3"), routeRule(offer(answer, id).applyTo()), id);
    }
  }

  @Test
  @Tag("RAN-V1")
  @Tag("RAN-V2")
  @Tag("RAN-V3")
  @DisplayName("RAN-V1..V3, NAT-X2 the age boundary: 17 goes to Myndighedscenteret, 18 to Åben Rådgivning or the "
      + "visitation committee")
  void ageBoundary() {
    ScreeningAnswer seventeen = screen(Track.SOCIAL_DRUG, Profile.builder().age(17).build());
    ScreeningAnswer eighteen = screen(Track.SOCIAL_DRUG, Profile.builder().age(18).build());

    assertEquals(Optional.of("RAN-V3"), routeRule(seventeen.applyTo()));
    assertEquals(Optional.of("RAN-V3"), routeRule(offer(seventeen, "residential").applyTo()));
    assertEquals("Barnets lov § 33", seventeen.legalBasis());
    assertEquals(Optional.of("RAN-V1"), routeRule(eighteen.applyTo()));
    assertEquals(Optional.of(AABEN_RAADGIVNING), routeName(eighteen.applyTo()));
    assertEquals(Optional.of("RAN-V2"), routeRule(offer(eighteen, "residential").applyTo()));
    assertEquals("SEL § 101", eighteen.legalBasis());
  }

  // ------------------------------------------------------------------ ANONYMOUS_DRUG

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4 anonymous outpatient treatment for an adult with no other social and no psychological "
      + "problems: the one offer on ANONYMOUS_DRUG, ELIGIBLE")
  void anonymousEligible() {
    ScreeningAnswer answer = screen(Track.ANONYMOUS_DRUG, adult());

    assertEquals(Track.ANONYMOUS_DRUG, answer.track());
    assertEquals("SEL § 101 a", answer.legalBasis());
    assertEquals(List.of("anonymous-outpatient"), answer.offers().stream().map(ScreenedOffer::offer).toList());
    ScreenedOffer anonymous = answer.offers().get(0);
    assertEquals(OfferKind.ANONYMOUS_OUTPATIENT, anonymous.kind());
    assertEquals(Eligibility.ELIGIBLE, anonymous.eligibility());
    assertEquals(List.of("RAN-O4", "RAN-O4", "RAN-O4"), rules(anonymous));
    assertEquals(List.of(YES, YES, YES), met(anonymous));
    assertEquals(List.of("Aged 18 or over", "Has no other social problems.", "Has no psychological problems."),
        anonymous.criteria().stream().map(ScreenedCriterion::criterion).toList());
    assertTrue(anonymous.criteria().stream().noneMatch(ScreenedCriterion::discretionary));
    assertTrue(anonymous.criteria().stream().noneMatch(c -> c.rule().equals("NAT-A1")),
        "the standard states the law's own condition (no other social problems) itself");
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4, section 7: 'no psychological problems' is narrower than SEL § 101 a, stk. 1 and is flagged; "
      + "the social criterion and the age are not")
  void psychologicalCriterionNarrowerThanLaw() {
    ScreenedOffer anonymous = screen(Track.ANONYMOUS_DRUG, adult()).offers().get(0);

    assertEquals(List.of(false, false, true),
        anonymous.criteria().stream().map(ScreenedCriterion::narrowerThanLaw).toList());
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4 a citizen with psychological problems fails Randers' narrower criterion: NOT_ELIGIBLE, with "
      + "the criterion flagged for a caseworker")
  void psychologicalProblemsNotEligible() {
    ScreenedOffer anonymous = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(false)
        .psychologicalProblems(true).build()).offers().get(0);

    assertEquals(Eligibility.NOT_ELIGIBLE, anonymous.eligibility());
    assertEquals(List.of(YES, YES, NO), met(anonymous));
    assertTrue(anonymous.criteria().get(2).narrowerThanLaw());
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4, NAT-A1 a citizen with other social problems: NOT_ELIGIBLE for anonymous treatment")
  void otherSocialProblemsNotEligible() {
    ScreenedOffer anonymous = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(true)
        .psychologicalProblems(false).build()).offers().get(0);

    assertEquals(Eligibility.NOT_ELIGIBLE, anonymous.eligibility());
    assertEquals(List.of(YES, NO, YES), met(anonymous));
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4, NAT-X2 'over 18 år' is 18 or older: 17 is NOT_ELIGIBLE, 18 is ELIGIBLE")
  void anonymousAgeLimit() {
    ScreenedOffer seventeen = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(17).otherSocialProblems(false)
        .psychologicalProblems(false).build()).offers().get(0);
    ScreenedOffer eighteen = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(18).otherSocialProblems(false)
        .psychologicalProblems(false).build()).offers().get(0);

    assertEquals(Eligibility.NOT_ELIGIBLE, seventeen.eligibility());
    assertEquals(List.of(NO, YES, YES), met(seventeen));
    assertEquals(Eligibility.ELIGIBLE, eighteen.eligibility());
    assertEquals(List.of(YES, YES, YES), met(eighteen));
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4 psychological problems not given (a mental illness stated instead): NEEDS_ASSESSMENT, never "
      + "ELIGIBLE")
  void psychologicalProblemsUnknown() {
    ScreenedOffer anonymous = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(false)
        .mentalIllnessNeedingTreatment(false).build()).offers().get(0);

    assertEquals(Eligibility.NEEDS_ASSESSMENT, anonymous.eligibility());
    assertEquals(List.of(YES, YES, UNKNOWN), met(anonymous));
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4 nothing known about the citizen: NEEDS_ASSESSMENT, every criterion unknown")
  void anonymousNothingKnown() {
    ScreenedOffer anonymous = screen(Track.ANONYMOUS_DRUG, Profile.unknown()).offers().get(0);

    assertEquals(Eligibility.NEEDS_ASSESSMENT, anonymous.eligibility());
    assertEquals(List.of(UNKNOWN, UNKNOWN, UNKNOWN), met(anonymous));
    assertNotEquals(Eligibility.ELIGIBLE, anonymous.eligibility());
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4 the seed names no route for anonymous treatment: no applyTo, even for an adult")
  void anonymousHasNoRoute() {
    ScreeningAnswer answer = screen(Track.ANONYMOUS_DRUG, adult());

    assertEquals(Optional.empty(), answer.applyTo());
    assertEquals(Optional.empty(), answer.offers().get(0).applyTo());
  }

  // ------------------------------------------------------------------ invalid questions

  @Test
  @Tag("RAN-M1")
  @DisplayName("RAN-M1 screening on a track Randers does not cover, or with a negative age, is an error naming each "
      + "JSON path")
  void invalidScreening() {
    InvalidCaseException track = assertThrows(InvalidCaseException.class,
        () -> screen(Track.MEDICAL_DRUG, adult()));
    assertEquals(List.of("track"), track.problems().stream().map(Problem::path).toList());

    InvalidCaseException age = assertThrows(InvalidCaseException.class,
        () -> screen(Track.SOCIAL_DRUG, Profile.builder().age(-1).build()));
    assertEquals(List.of("citizen.age"), age.problems().stream().map(Problem::path).toList());
  }
}
