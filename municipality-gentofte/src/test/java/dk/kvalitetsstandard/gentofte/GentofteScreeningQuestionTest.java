package dk.kvalitetsstandard.gentofte;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SCREENING questions put to the assessor for Gentofte (QUESTIONS.md; GEN-O1..O7, GEN-V1, GEN-A1,
 * NAT-A1, NAT-X2, RULES.md section 7). Gentofte's offers: on SOCIAL_DRUG counselling, outpatient,
 * day, residential and the family course; on ANONYMOUS_DRUG the anonymous outpatient offer; on
 * MEDICAL_DRUG substitution and the doctor's consultation. Outpatient is for those over 18; the
 * anonymous offer asks for problematic use (discretionary) and four concrete facts that are narrower
 * than SEL § 101 a, stk. 1.
 */
class GentofteScreeningQuestionTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final String DIGITAL_POST = "Gentofte Kommune, Social og Handicap Myndighed (Digital Post)";

  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();

  private final Assessor assessor = Assessor.of(StandardRegistry.defaultRegistry());

  private ScreeningAnswer screen(Track track, Profile citizen) {
    return assessor.screening(ScreeningQuestion.builder().municipality("gentofte").asOf(AS_OF).track(track)
        .citizen(citizen).build(), Locale.ENGLISH);
  }

  private static ScreenedOffer offer(ScreeningAnswer a, String id) {
    return a.offers().stream().filter(o -> o.offer().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  private static List<String> rules(ScreenedOffer o) {
    return o.criteria().stream().map(ScreenedCriterion::rule).toList();
  }

  private static List<Optional<Boolean>> met(ScreenedOffer o) {
    return o.criteria().stream().map(ScreenedCriterion::met).toList();
  }

  private static List<Boolean> narrower(ScreenedOffer o) {
    return o.criteria().stream().map(ScreenedCriterion::narrowerThanLaw).toList();
  }

  private static List<Boolean> discretionary(ScreenedOffer o) {
    return o.criteria().stream().map(ScreenedCriterion::discretionary).toList();
  }

  @SafeVarargs
  private static List<Optional<Boolean>> list(Optional<Boolean>... values) {
    return Arrays.asList(values);
  }

  private static void assertRoute(String name, String rule, Optional<Route> route) {
    assertTrue(route.isPresent(), "a place to apply");
    assertEquals(name, route.get().name());
    assertEquals(rule, route.get().rule());
    assertEquals(Optional.empty(), route.get().phone(), "the seed gives no phone number");
  }

  /** The anonymous citizen of QUESTIONS.md's SCREENING example. */
  private static Profile.Builder questionsExample() {
    return Profile.builder().age(30).selfSupporting(true).hasOwnHome(true).wantsSubstitution(false)
        .otherSocialProblems(false).pregnant(false).childrenUnder18(false);
  }

  // ------------------------------------------------------------------ ANONYMOUS_DRUG (GEN-O3)

  @Test
  @DisplayName("GEN-O3 NAT-A1 QUESTIONS.md example: anonymous, aged 30, mental illness not given: NEEDS_ASSESSMENT, "
      + "not ELIGIBLE; the four concrete criteria narrower than the law")
  void questionsMdExample() {
    ScreeningAnswer a = screen(Track.ANONYMOUS_DRUG, questionsExample().build());

    assertEquals("gentofte", a.municipality());
    assertEquals(Track.ANONYMOUS_DRUG, a.track());
    assertEquals("SEL § 101 a", a.legalBasis());
    assertEquals(List.of("anonymous-outpatient"), a.offers().stream().map(ScreenedOffer::offer).toList());
    ScreenedOffer o = a.offers().get(0);
    assertEquals(OfferKind.ANONYMOUS_OUTPATIENT, o.kind());
    assertEquals(Eligibility.NEEDS_ASSESSMENT, o.eligibility());
    assertEquals(List.of("GEN-O3", "GEN-O3", "GEN-O3", "GEN-O3", "GEN-O3", "NAT-A1"), rules(o));
    assertEquals(List.of("Has a problematic use of substances", "Is self-supporting", "Has a home",
            "Does not ask for substitution treatment", "Has no mental illness that needs treatment",
            "No other social problems helped under SEL part V"),
        o.criteria().stream().map(ScreenedCriterion::criterion).toList());
    assertEquals(list(UNKNOWN, YES, YES, YES, UNKNOWN, YES), met(o));
    assertEquals(List.of(true, false, false, false, false, false), discretionary(o));
    assertEquals(List.of(false, true, true, true, true, false), narrower(o),
        "RULES.md section 7: self-supporting, a home, no substitution, no mental illness are narrower than § 101 a");
    assertRoute("KABS", "GEN-A1", a.applyTo());
    assertRoute("KABS", "GEN-A1", o.applyTo());
  }

  @Test
  @DisplayName("GEN-O3 Every concrete anonymous criterion met: still NEEDS_ASSESSMENT, problematic use is a caseworker's call")
  void anonymousAllFactsMetNeedsAssessment() {
    ScreeningAnswer a = screen(Track.ANONYMOUS_DRUG, questionsExample().mentalIllnessNeedingTreatment(false).build());

    ScreenedOffer o = offer(a, "anonymous-outpatient");
    assertEquals(Eligibility.NEEDS_ASSESSMENT, o.eligibility());
    assertEquals(list(UNKNOWN, YES, YES, YES, YES, YES), met(o));
  }

  @Test
  @DisplayName("GEN-O3 NAT-A1 Nothing known of the citizen: NEEDS_ASSESSMENT, unknown input is never ELIGIBLE")
  void anonymousUnknownCitizen() {
    ScreeningAnswer a = screen(Track.ANONYMOUS_DRUG, Profile.unknown());

    ScreenedOffer o = offer(a, "anonymous-outpatient");
    assertEquals(Eligibility.NEEDS_ASSESSMENT, o.eligibility());
    assertEquals(list(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN), met(o));
    assertRoute("KABS", "GEN-A1", a.applyTo());
  }

  static Stream<Arguments> anonymousFailures() {
    return Stream.of(
        Arguments.of("not self-supporting", questionsExample().selfSupporting(false).mentalIllnessNeedingTreatment(false),
            1, "Is self-supporting"),
        Arguments.of("no home", questionsExample().hasOwnHome(false).mentalIllnessNeedingTreatment(false),
            2, "Has a home"),
        Arguments.of("asks for substitution", questionsExample().wantsSubstitution(true).mentalIllnessNeedingTreatment(false),
            3, "Does not ask for substitution treatment"),
        Arguments.of("mental illness needing treatment", questionsExample().mentalIllnessNeedingTreatment(true),
            4, "Has no mental illness that needs treatment"),
        Arguments.of("other social problems", questionsExample().otherSocialProblems(true).mentalIllnessNeedingTreatment(false),
            5, "No other social problems helped under SEL part V"));
  }

  @ParameterizedTest(name = "GEN-O3 NAT-A1 anonymous, {0}: NOT_ELIGIBLE")
  @MethodSource("anonymousFailures")
  @DisplayName("GEN-O3 NAT-A1 One anonymous criterion fails: NOT_ELIGIBLE")
  void anonymousCriterionFails(String what, Profile.Builder citizen, int failing, String criterion) {
    ScreenedOffer o = offer(screen(Track.ANONYMOUS_DRUG, citizen.build()), "anonymous-outpatient");

    assertEquals(Eligibility.NOT_ELIGIBLE, o.eligibility(), what);
    assertEquals(criterion, o.criteria().get(failing).criterion());
    assertEquals(NO, o.criteria().get(failing).met());
    assertEquals(failing == 5 ? "NAT-A1" : "GEN-O3", o.criteria().get(failing).rule());
    assertEquals(1, o.criteria().stream().filter(c -> c.met().equals(NO)).count(), "only the one criterion fails");
  }

  // ------------------------------------------------------------------ SOCIAL_DRUG (GEN-O1, O2, O4, O5, O7)

  @Test
  @DisplayName("GEN-O1 GEN-O2 GEN-O4 GEN-O5 GEN-O7 GEN-A1 Aged 30 with a home: every social offer listed; counselling "
      + "ELIGIBLE, the rest left to Gentofte's overall assessment (GEN-V1)")
  void socialAdultWithHome() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.builder().age(30).hasOwnHome(true).build());

    assertEquals("SEL § 101", a.legalBasis());
    assertEquals(List.of("counselling", "outpatient", "day", "residential", "family"),
        a.offers().stream().map(ScreenedOffer::offer).toList());
    assertEquals(List.of(OfferKind.COUNSELLING, OfferKind.OUTPATIENT, OfferKind.DAY, OfferKind.RESIDENTIAL,
        OfferKind.OUTPATIENT), a.offers().stream().map(ScreenedOffer::kind).toList());
    assertEquals(List.of(Eligibility.ELIGIBLE, Eligibility.NEEDS_ASSESSMENT, Eligibility.NEEDS_ASSESSMENT,
        Eligibility.NEEDS_ASSESSMENT, Eligibility.NEEDS_ASSESSMENT),
        a.offers().stream().map(ScreenedOffer::eligibility).toList());

    ScreenedOffer counselling = offer(a, "counselling");
    assertTrue(counselling.criteria().isEmpty(), "GEN-O1: free and anonymous for anyone, relatives too");
    assertRoute("Gentofte Kommunes rusmiddelkonsulent", "GEN-O1", counselling.applyTo());

    ScreenedOffer outpatient = offer(a, "outpatient");
    assertEquals(List.of("GEN-O2", "GEN-O2", "GEN-O2"), rules(outpatient));
    assertEquals(List.of("Aged 18 or over", "Has a problematic use of substances", "Needs social drug treatment"),
        outpatient.criteria().stream().map(ScreenedCriterion::criterion).toList());
    assertEquals(list(YES, UNKNOWN, UNKNOWN), met(outpatient));
    assertEquals(List.of(false, true, true), discretionary(outpatient));
    assertEquals(List.of(false, false, false), narrower(outpatient));
    assertRoute(DIGITAL_POST, "GEN-A1", outpatient.applyTo());

    ScreenedOffer day = offer(a, "day");
    assertEquals(List.of("GEN-O4", "GEN-O4", "GEN-O4"), rules(day));
    assertEquals(list(UNKNOWN, UNKNOWN, YES), met(day), "can live in own home: decided on the home");
    assertEquals(List.of(true, true, false), discretionary(day));
    assertRoute(DIGITAL_POST, "GEN-A1", day.applyTo());

    ScreenedOffer residential = offer(a, "residential");
    assertEquals(List.of("GEN-O5", "GEN-O5", "GEN-O5"), rules(residential));
    assertEquals(list(UNKNOWN, UNKNOWN, UNKNOWN), met(residential));
    assertEquals(List.of(true, true, true), discretionary(residential));
    assertRoute(DIGITAL_POST, "GEN-A1", residential.applyTo());

    ScreenedOffer family = offer(a, "family");
    assertEquals(List.of("GEN-O7"), rules(family));
    assertEquals(list(UNKNOWN), met(family));
    assertEquals(List.of(true), discretionary(family));

    assertTrue(a.offers().stream().flatMap(o -> o.criteria().stream()).noneMatch(ScreenedCriterion::narrowerThanLaw),
        "only the anonymous criteria are narrower than the law");
    assertRoute(DIGITAL_POST, "GEN-A1", a.applyTo());
  }

  @Test
  @DisplayName("GEN-O2 NAT-X2 NAT-Y1 Aged 17: outpatient is for those over 18, NOT_ELIGIBLE; treatment under Barnets lov § 33")
  void socialAged17() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.builder().age(17).hasOwnHome(true).build());

    assertEquals("Barnets lov § 33", a.legalBasis());
    ScreenedOffer outpatient = offer(a, "outpatient");
    assertEquals(Eligibility.NOT_ELIGIBLE, outpatient.eligibility());
    assertEquals("GEN-O2", outpatient.criteria().get(0).rule());
    assertEquals("Aged 18 or over", outpatient.criteria().get(0).criterion());
    assertEquals(NO, outpatient.criteria().get(0).met());
    assertEquals(Eligibility.ELIGIBLE, offer(a, "counselling").eligibility(), "counselling names no age");
  }

  @Test
  @DisplayName("GEN-O2 NAT-X2 Aged exactly 18 counts as 'over 18': the age criterion is met")
  void socialAged18() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.builder().age(18).build());

    assertEquals("SEL § 101", a.legalBasis());
    ScreenedOffer outpatient = offer(a, "outpatient");
    assertEquals(Eligibility.NEEDS_ASSESSMENT, outpatient.eligibility());
    assertEquals(list(YES, UNKNOWN, UNKNOWN), met(outpatient));
  }

  @Test
  @DisplayName("GEN-O2 GEN-O4 Age and home not given: nothing decided, no offer with a criterion is ELIGIBLE")
  void socialUnknownCitizen() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.unknown());

    assertEquals("SEL § 101", a.legalBasis());
    ScreenedOffer outpatient = offer(a, "outpatient");
    assertEquals(Eligibility.NEEDS_ASSESSMENT, outpatient.eligibility());
    assertEquals(list(UNKNOWN, UNKNOWN, UNKNOWN), met(outpatient), "the age is unknown, not assumed");
    assertEquals(list(UNKNOWN, UNKNOWN, UNKNOWN), met(offer(a, "day")), "the home is unknown, not assumed");
    a.offers().stream().filter(o -> !o.criteria().isEmpty())
        .forEach(o -> assertNotEquals(Eligibility.ELIGIBLE, o.eligibility(), o.offer()));
    assertRoute(DIGITAL_POST, "GEN-A1", a.applyTo());
  }

  @Test
  @DisplayName("GEN-O4 Day treatment presupposes living in one's own home: without a home NOT_ELIGIBLE")
  void dayWithoutHome() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.builder().age(40).hasOwnHome(false).build());

    ScreenedOffer day = offer(a, "day");
    assertEquals(Eligibility.NOT_ELIGIBLE, day.eligibility());
    assertEquals(list(UNKNOWN, UNKNOWN, NO), met(day));
    assertEquals("Can live in own home during treatment", day.criteria().get(2).criterion());
    assertEquals(Eligibility.NEEDS_ASSESSMENT, offer(a, "residential").eligibility(), "residential needs no home");
    assertEquals(Eligibility.NEEDS_ASSESSMENT, offer(a, "outpatient").eligibility());
  }

  // ------------------------------------------------------------------ MEDICAL_DRUG (GEN-O6, NAT-G6)

  @Test
  @DisplayName("GEN-O6 NAT-G6 Medical track: substitution after the treatment place's assessment (NEEDS_ASSESSMENT); "
      + "the free doctor's consultation for anyone (ELIGIBLE)")
  void medicalTrack() {
    ScreeningAnswer a = screen(Track.MEDICAL_DRUG, Profile.builder().age(35).wantsSubstitution(true).build());

    assertEquals(Track.MEDICAL_DRUG, a.track());
    assertEquals("SUL § 142", a.legalBasis());
    assertEquals(List.of("substitution", "doctor-consultation"), a.offers().stream().map(ScreenedOffer::offer).toList());

    ScreenedOffer substitution = offer(a, "substitution");
    assertEquals(OfferKind.SUBSTITUTION, substitution.kind());
    assertEquals(Eligibility.NEEDS_ASSESSMENT, substitution.eligibility());
    assertEquals(List.of("GEN-O6"), rules(substitution));
    assertEquals(list(UNKNOWN), met(substitution));
    assertEquals(List.of(true), discretionary(substitution));
    assertRoute(DIGITAL_POST, "GEN-A1", substitution.applyTo());

    ScreenedOffer doctor = offer(a, "doctor-consultation");
    assertEquals(Eligibility.ELIGIBLE, doctor.eligibility());
    assertTrue(doctor.criteria().isEmpty(), "SUL § 142, stk. 1: offered to anyone who wants drug treatment");
  }

  @Test
  @DisplayName("A negative age is an invalid question, named by its path")
  void negativeAge() {
    ScreeningQuestion q = ScreeningQuestion.builder().municipality("gentofte").asOf(AS_OF).track(Track.SOCIAL_DRUG)
        .citizen(Profile.builder().age(-1).build()).build();

    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> assessor.screening(q, Locale.ENGLISH));

    assertEquals(List.of("citizen.age"), e.problems().stream().map(Problem::path).toList());
  }
}
